use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let json = r#"{
  "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}"#;

    let client = reqwest::blocking::Client::new();
    let response = client
        .patch("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets")
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
