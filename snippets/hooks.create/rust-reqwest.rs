use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let json = r#"{
  "name": "my-hook",
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "triggerId": "pre-user-registration",
  "enabled": false,
  "dependencies": {
    "auth0": "2.30.0"
  }
}"#;

    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://YOUR_DOMAIN/api/v2/hooks")
        .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
        .header("Content-Type", "application/json")
        .body(json)
        .send()?;

    let status = response.status();
    println!("{}", status.as_u16());
    println!("{}", response.text()?);
    if !status.is_success() {
        return Err(format!("request failed: {}", status).into());
    }
    Ok(())
}
