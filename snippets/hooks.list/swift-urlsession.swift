import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let url = URL(string: "https://YOUR_DOMAIN/api/v2/hooks?page=0&per_page=50&include_totals=true")!
var request = URLRequest(url: url)
request.httpMethod = "GET"
request.setValue("Bearer MGMT_API_ACCESS_TOKEN", forHTTPHeaderField: "Authorization")

let (data, response) = try await URLSession.shared.data(for: request)
let statusCode = (response as! HTTPURLResponse).statusCode
print(statusCode)
print(String(decoding: data, as: UTF8.self))
guard (200..<300).contains(statusCode) else {
    exit(1)
}
