use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID")
        .header("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
        .send()?;

    let status = response.status();
    println!("{}", status.as_u16());
    println!("{}", response.text()?);
    if !status.is_success() {
        return Err(format!("request failed: {}", status).into());
    }
    Ok(())
}
