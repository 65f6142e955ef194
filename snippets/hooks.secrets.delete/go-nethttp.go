package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
	"time"
)

func main() {
	url := "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets"
	payload := strings.NewReader(`[
  "HOOK_SECRET_KEY"
]`)

	req, err := http.NewRequest(http.MethodDelete, url, payload)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer MGMT_API_ACCESS_TOKEN")
	req.Header.Set("Content-Type", "application/json")

	client := &http.Client{Timeout: 30 * time.Second}
	res, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode)
	fmt.Println(string(body))
	if res.StatusCode >= 400 {
		log.Fatalf("request failed: %s", res.Status)
	}
}
