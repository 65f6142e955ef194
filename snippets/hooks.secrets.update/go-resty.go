package main

import (
	"fmt"
	"log"
	"time"

	"github.com/go-resty/resty/v2"
)

func main() {
	payload := `{
  "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}`

	client := resty.New().SetTimeout(30 * time.Second)
	res, err := client.R().
		SetHeader("Authorization", "Bearer MGMT_API_ACCESS_TOKEN").
		SetHeader("Content-Type", "application/json").
		SetBody(payload).
		Patch("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets")
	if err != nil {
		log.Fatal(err)
	}

	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
	if !res.IsSuccess() {
		log.Fatalf("request failed: %s", res.Status())
	}
}
