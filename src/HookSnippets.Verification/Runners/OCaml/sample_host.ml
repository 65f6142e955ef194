(* Runs samples one at a time, each in a child forked from this program, which has every library the samples use
   linked in (cohttp-lwt-unix and its dependencies, -linkall). The child loads the sample's compiled unit (main.cmo)
   with Dynlink, which runs its top-level definitions as the sample's own executable would, from the sample's folder,
   its output and errors in the sample's files. An exception that escapes the sample is reported as OCaml's runtime
   reports an uncaught one ("Fatal error: exception ...", exit code 2).
   Protocol (verify's SampleHost): prints READY, then for each line "RUN\t<main.cmo>\t<folder>\t<stdout>\t<stderr>"
   answers "DONE\t<exit code>". *)

let redirect fd path =
  let file = Unix.openfile path [ Unix.O_WRONLY; Unix.O_CREAT; Unix.O_TRUNC ] 0o644 in
  Unix.dup2 file fd;
  Unix.close file

let run_child entry folder stdout_file stderr_file =
  redirect Unix.stdout stdout_file;
  redirect Unix.stderr stderr_file;
  Sys.chdir folder;
  match Dynlink.loadfile entry with
  | () -> exit 0
  | exception Dynlink.Error (Dynlink.Library's_module_initializers_failed e) ->
      flush stdout;
      prerr_string ("Fatal error: exception " ^ Printexc.to_string e ^ "\n");
      exit 2
  | exception Dynlink.Error error ->
      prerr_string ("sample host: " ^ Dynlink.error_message error ^ "\n");
      exit 125

let () =
  print_string "READY\n";
  flush stdout;
  let rec loop () =
    match input_line stdin with
    | exception End_of_file -> ()
    | line ->
        (match String.split_on_char '\t' line with
        | [ "RUN"; entry; folder; stdout_file; stderr_file ] ->
            let code =
              match Lwt_unix.fork () with
              | 0 -> run_child entry folder stdout_file stderr_file
              | child -> (
                  match snd (Unix.waitpid [] child) with
                  | Unix.WEXITED code -> code
                  | Unix.WSIGNALED _ | Unix.WSTOPPED _ -> 128)
            in
            print_string ("DONE\t" ^ string_of_int code ^ "\n");
            flush stdout
        | _ -> prerr_string ("sample host: unexpected line " ^ line ^ "\n"));
        loop ()
  in
  loop ()
