package main

import (
	"fmt"
	"log"
	"time"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New().SetTimeout(30 * time.Second)
	res, err := client.R().
		SetHeader("Authorization", "Bearer MGMT_API_ACCESS_TOKEN").
		Get("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets")
	if err != nil {
		log.Fatal(err)
	}

	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
	if !res.IsSuccess() {
		log.Fatalf("request failed: %s", res.Status())
	}
}
