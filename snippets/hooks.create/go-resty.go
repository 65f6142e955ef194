package main

import (
	"fmt"
	"log"
	"time"

	"github.com/go-resty/resty/v2"
)

func main() {
	payload := `{
  "name": "my-hook",
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "triggerId": "pre-user-registration",
  "enabled": false,
  "dependencies": {
    "auth0": "2.30.0"
  }
}`

	client := resty.New().SetTimeout(30 * time.Second)
	res, err := client.R().
		SetHeader("Authorization", "Bearer MGMT_API_ACCESS_TOKEN").
		SetHeader("Content-Type", "application/json").
		SetBody(payload).
		Post("https://YOUR_DOMAIN/api/v2/hooks")
	if err != nil {
		log.Fatal(err)
	}

	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
	if !res.IsSuccess() {
		log.Fatalf("request failed: %s", res.Status())
	}
}
