open Lwt.Syntax
open Cohttp
open Cohttp_lwt_unix

let main () =
  let uri = Uri.of_string "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID" in
  let headers =
    Header.of_list
      [
        ("Authorization", "Bearer MGMT_API_ACCESS_TOKEN");
        ("Content-Type", "application/json");
      ]
  in
  let json = {|{
  "script": "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};",
  "enabled": true
}|} in
  let body = Cohttp_lwt.Body.of_string json in
  let* response, body = Client.call ~headers ~body ~chunked:false `PATCH uri in
  let* body = Cohttp_lwt.Body.to_string body in
  let status = Code.code_of_status (Response.status response) in
  print_endline (string_of_int status);
  print_endline body;
  Lwt.return status

let () =
  let status = Lwt_main.run (main ()) in
  if not (Code.is_success status) then exit 1
