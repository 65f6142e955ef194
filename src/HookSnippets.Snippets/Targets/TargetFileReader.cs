using System.Text.RegularExpressions;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;
using HookSnippets.Snippets.Rendering;

namespace HookSnippets.Snippets.Targets;

/// <summary>
/// Reads one target.json with the description's JSON reader, so every problem is an error located at the token that
/// causes it: HS1001-HS1003 for JSON syntax, HS3004 for whatever templates/target.schema.json refuses (a missing or
/// unknown member, a wrong type, a value outside its pattern or list, an id other than the folders' names). A test
/// checks that this reader and the schema accept and refuse the same files.
/// </summary>
public static partial class TargetFileReader
{
    /// <summary>The linguist names Redoc documents for <c>x-codeSamples</c>' <c>lang</c>, and linguist's <c>HTTP</c> (http-http11's raw message) <c>R</c> (r-httr), <c>Clojure</c> (clojure-cljhttp), <c>Crystal</c> (crystal-native) and <c>OCaml</c> (ocaml-cohttp), which that list lacks.</summary>
    public static IReadOnlyList<string> CodeSamplesLanguages { get; } =
    [
        "C", "C#", "C++", "Clojure", "CoffeeScript", "CSS", "Crystal", "Dart", "DM", "Elixir", "Go", "Groovy", "HTML", "HTTP", "Java", "JavaScript", "Kotlin",
        "Objective-C", "OCaml", "Perl", "PHP", "PowerShell", "Python", "R", "Ruby", "Rust", "Scala", "Shell", "Swift", "TypeScript",
    ];

    private static readonly string[] Members =
        ["$schema", "id", "displayName", "order", "extension", "fence", "codeSamplesLang", "runner", "keepsHeaderNameCase", "installHint", "toolchain", "browserOwnedHeaders", "pageNote"];

    private static readonly string[] ToolchainMembers = ["debian", "npm", "nuget", "dotnetTools", "versionCommand"];

    /// <summary>The target the file describes for the folder <c>&lt;language&gt;/&lt;client&gt;</c>, or null with at least one error.</summary>
    public static (SnippetTarget? Target, EquatableArray<DiagnosticInfo> Diagnostics) Read(string text, string path, string language, string client)
    {
        var parsed = JsonParser.Parse(text, path);
        if (parsed.Root is null || parsed.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return (null, parsed.Diagnostics);
        }

        var reader = new Reading(path);
        var target = reader.Target(parsed.Root, language, client);
        return (reader.Errors.Count == 0 ? target : null, reader.Errors.ToEquatableArray());
    }

    private sealed class Reading(string path)
    {
        public List<DiagnosticInfo> Errors { get; } = [];

        public SnippetTarget? Target(JsonNode root, string language, string client)
        {
            if (root is not JsonObject file)
            {
                Error(root.Span, $"a target.json holds an object, not {Kind(root)}");
                return null;
            }

            CheckMembers(file, Members, "target.json");
            var id = Text(file, "id", IdPattern(), "<language>-<client> in lower-case letters and digits");
            if (id is not null && id.Value != language + "-" + client)
            {
                Error(id.Span, $"the id '{id.Value}' differs from its folders: templates/{language}/{client}/ holds the target '{language}-{client}'");
            }

            var displayName = Text(file, "displayName", LinePattern(), "one line of text");
            var order = Order(file);
            var extension = Text(file, "extension", ExtensionPattern(), "lower-case letters and digits, without the dot");
            var fence = Text(file, "fence", FencePattern(), "letters, digits, '_', '+', '#' or '-'");
            var lang = Text(file, "codeSamplesLang", null, null);
            if (lang is not null && !CodeSamplesLanguages.Contains(lang.Value))
            {
                Error(lang.Span, $"'{lang.Value}' is not a lang Redoc lists for x-codeSamples; use one of {string.Join(", ", CodeSamplesLanguages)}");
            }

            var runner = Text(file, "runner", RunnerPattern(), "lower-case letters, digits and '-'");
            var keepsCase = Flag(file, "keepsHeaderNameCase");
            var installHint = Text(file, "installHint", LinePattern(), "one line of text");
            var toolchain = Toolchain(file);
            // Optional: only targets whose runtime adds headers of its own (a browser) declare them.
            EquatableArray<string>? browserOwned = file["browserOwnedHeaders"] is null
                ? EquatableArray<string>.Empty
                : List(file, "browserOwnedHeaders", item => TextValue(item, "each item of 'browserOwnedHeaders'", HeaderPatternPattern(), "a header name, or a prefix ending in '*'")?.Value, unique: true);
            // Optional: what a reader of the page must know about this target's samples that the code cannot say.
            var pageNote = file["pageNote"] is null ? null : Text(file, "pageNote", LinePattern(), "one line of text");
            return Errors.Count > 0
                ? null
                : new SnippetTarget(language, client, displayName!.Value, order, extension!.Value, fence!.Value, lang!.Value, runner!.Value, keepsCase!.Value, installHint!.Value, toolchain!)
                {
                    BrowserOwnedHeaders = browserOwned!.Value,
                    PageNote = pageNote?.Value,
                };
        }

        private TargetToolchain? Toolchain(JsonObject file)
        {
            if (Required(file, "toolchain") is not { } node)
            {
                return null;
            }

            if (node is not JsonObject toolchain)
            {
                Error(node.Span, $"'toolchain' must be an object, not {Kind(node)}");
                return null;
            }

            CheckMembers(toolchain, ToolchainMembers, "toolchain");
            var debian = List(toolchain, "debian", item => TextValue(item, "each item of 'debian'", DebianPattern(), "a Debian package name")?.Value, unique: true);
            var npm = List(toolchain, "npm", item => Package(item, "name", NpmPattern(), "an npm package name"), unique: false);
            var nuget = List(toolchain, "nuget", item => Package(item, "id", NuGetPattern(), "a NuGet package id"), unique: false);
            // Optional: only targets whose runtime is a .NET tool (PowerShell) name one.
            var tools = toolchain["dotnetTools"] is null
                ? EquatableArray<PackagePin>.Empty
                : List(toolchain, "dotnetTools", item => Package(item, "id", NuGetPattern(), "a NuGet package id"), unique: false);
            var command = List(toolchain, "versionCommand", item => TextValue(item, "each item of 'versionCommand'", LinePattern(), "one line of text")?.Value, unique: false);
            if (command is { Count: 0 })
            {
                Error(toolchain["versionCommand"]!.Span, "'versionCommand' needs at least the program to run");
            }

            return debian is null || npm is null || nuget is null || tools is null || command is null
                ? null
                : new TargetToolchain(debian.Value, npm.Value, nuget.Value, command.Value) { DotnetTools = tools.Value };
        }

        private PackagePin? Package(JsonNode node, string nameMember, Regex pattern, string what)
        {
            if (node is not JsonObject package)
            {
                Error(node.Span, $"a package is an object with '{nameMember}' and 'version', not {Kind(node)}");
                return null;
            }

            CheckMembers(package, [nameMember, "version"], "a package");
            var name = Text(package, nameMember, pattern, what);
            var version = Text(package, "version", LinePattern(), "one line of text");
            return name is null || version is null ? null : new PackagePin(name.Value, version.Value);
        }

        private EquatableArray<T>? List<T>(JsonObject owner, string member, Func<JsonNode, T?> item, bool unique)
            where T : class
        {
            if (Required(owner, member) is not { } node)
            {
                return null;
            }

            if (node is not JsonArray array)
            {
                Error(node.Span, $"'{member}' must be an array, not {Kind(node)}");
                return null;
            }

            var items = new List<T>();
            var valid = true;
            foreach (var element in array.Items)
            {
                var value = item(element);
                if (value is null)
                {
                    valid = false;
                }
                else if (unique && items.Contains(value))
                {
                    Error(element.Span, $"'{member}' lists \"{value}\" twice");
                    valid = false;
                }
                else
                {
                    items.Add(value);
                }
            }

            return valid ? items.ToEquatableArray() : null;
        }

        private int? Order(JsonObject file)
        {
            if (Required(file, "order") is not { } node)
            {
                return null;
            }

            if (node is JsonNumber number && int.TryParse(number.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var order) && order <= 1_000_000)
            {
                return order;
            }

            Error(node.Span, $"'order' must be a whole number from 0 to 1000000, not {Kind(node)}");
            return null;
        }

        private bool? Flag(JsonObject file, string member)
        {
            if (Required(file, member) is not { } node)
            {
                return null;
            }

            if (node is JsonBoolean flag)
            {
                return flag.Value;
            }

            Error(node.Span, $"'{member}' must be true or false, not {Kind(node)}");
            return null;
        }

        private JsonString? Text(JsonObject owner, string member, Regex? pattern, string? what) =>
            Required(owner, member) is { } node ? TextValue(node, $"'{member}'", pattern, what) : null;

        private JsonString? TextValue(JsonNode node, string name, Regex? pattern, string? what)
        {
            if (node is not JsonString text)
            {
                Error(node.Span, $"{name} must be a string, not {Kind(node)}");
                return null;
            }

            if (pattern is not null && !pattern.IsMatch(text.Value))
            {
                Error(node.Span, $"{name} must be {what}, not \"{text.Value}\"");
                return null;
            }

            return text;
        }

        private JsonNode? Required(JsonObject owner, string member)
        {
            var value = owner[member];
            if (value is null)
            {
                Error(owner.Span, $"the member '{member}' is missing");
            }

            return value;
        }

        private void CheckMembers(JsonObject owner, IReadOnlyList<string> known, string where)
        {
            foreach (var member in owner.Members.Where(m => !known.Contains(m.Name)))
            {
                Error(member.NameSpan, $"{where} has no member '{member.Name}'; its members are {string.Join(", ", known)}");
            }
        }

        private void Error(SourceSpan span, string message) =>
            Errors.Add(new DiagnosticInfo(DiagnosticIds.InvalidTargetFile, Severity.Error, message, path, span));

        private static string Kind(JsonNode node) => node.Kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => $"the number {((JsonNumber)node).Text}",
            JsonKind.Boolean => ((JsonBoolean)node).Value ? "true" : "false",
            _ => "null",
        };
    }

    [GeneratedRegex(@"^[a-z][a-z0-9]*-[a-z][a-z0-9]*\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[^\r\n]+\z")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"^[a-z0-9]+\z")]
    private static partial Regex ExtensionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+#-]+\z")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\z")]
    private static partial Regex RunnerPattern();

    /// <summary>A package name, optionally pinned as apt-get writes it (<c>name=version</c>).</summary>
    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]+(=[0-9][A-Za-z0-9.+~:-]*)?\z")]
    private static partial Regex DebianPattern();

    [GeneratedRegex(@"^(@[a-z0-9._-]+/)?[a-z0-9._-]+\z")]
    private static partial Regex NpmPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+\z")]
    private static partial Regex NuGetPattern();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'+.^_`|~-]+\*?\z")]
    private static partial Regex HeaderPatternPattern();
}
