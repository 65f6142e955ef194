import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let url = URL(string: "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets")!
var request = URLRequest(url: url)
request.httpMethod = "POST"
request.setValue("Bearer MGMT_API_ACCESS_TOKEN", forHTTPHeaderField: "Authorization")
request.setValue("application/json", forHTTPHeaderField: "Content-Type")
let json = #"""
{
  "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
}
"""#
request.httpBody = Data(json.utf8)

let (data, response) = try await URLSession.shared.data(for: request)
let statusCode = (response as! HTTPURLResponse).statusCode
print(statusCode)
print(String(decoding: data, as: UTF8.self))
guard (200..<300).contains(statusCode) else {
    exit(1)
}
