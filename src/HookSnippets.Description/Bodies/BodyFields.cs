using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;
using HookSnippets.Description.Validation;

namespace HookSnippets.Description.Bodies;

public enum FieldKind
{
    /// <summary>Text: a form field, or a multipart part without filename.</summary>
    Text,

    /// <summary>A multipart file part: <see cref="BodyField.Value"/> names the local file, sent as <see cref="BodyField.FileName"/>.</summary>
    File,

    /// <summary>A multipart part holding an object or array as compact JSON.</summary>
    Json,
}

/// <summary>
/// One field of a form body or one part of a multipart body, in order. <see cref="Value"/> is the text (Text), the
/// local file name (File) or the compact JSON (Json). <see cref="ContentType"/> is a part's Content-Type, null for a
/// text part that sends none. <see cref="Span"/> is where the value is written in the description.
/// </summary>
public sealed record BodyField(string Name, FieldKind Kind, string Value, string? ContentType, string? FileName, SourceSpan Span);

/// <summary>The fields of a body, or why its example cannot be sent as its kind (then <see cref="Problem"/> is set at <see cref="ProblemSpan"/>).</summary>
public sealed record BodyFieldsResult(EquatableArray<BodyField> Fields, string? Problem, SourceSpan ProblemSpan);

/// <summary>
/// The one reading of a form or multipart example (docs/endpoint-format.md, "Form bodies" and "Multipart bodies"):
/// the validator reports what it cannot send, the request model sends what it gives, so the two never disagree.
/// Also the rules for the strings text, file and binary bodies are made of.
/// </summary>
public static class BodyFields
{
    private static readonly Regex LocalFileName = new("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A file placeholder is a plain relative name (letters, digits, <c>.</c>, <c>_</c>, <c>-</c>, not starting with a dot):
    /// every language opens it as written, and verify creates it beside the sample.
    /// </summary>
    public static bool IsLocalFileName(string name) => LocalFileName.IsMatch(name);

    /// <summary>Why <paramref name="text"/> cannot travel in a field, part, name or text body, or null: a NUL, which clients and servers cut text at, or a lone surrogate, which has no UTF-8 form.</summary>
    public static string? Unsendable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "it holds U+0000 (NUL), at which HTTP clients and servers cut text";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "it holds a lone UTF-16 surrogate, which has no UTF-8 form";
            }
        }

        return null;
    }

    public static BodyFieldsResult Of(RequestBody body, JsonNode example)
    {
        var reader = new Reader();
        if (example is not JsonObject fields)
        {
            reader.Fail($"the example of a {Kind(body)} body must be an object whose members are its fields, not {JsonValueText.Describe(example)}", example.Span);
        }
        else
        {
            foreach (var member in fields.Members)
            {
                if (body.Kind == BodyKind.Form)
                {
                    reader.FormField(member.Name, member.Value, body.EncodingOf(member.Name)?.Style ?? ParameterStyle.Form, member.NameSpan);
                }
                else
                {
                    reader.Part(member.Name, member.Value, body.EncodingOf(member.Name), member.NameSpan);
                }

                if (reader.Problem is not null)
                {
                    break;
                }
            }
        }

        return new BodyFieldsResult(reader.Fields.ToEquatableArray(), reader.Problem, reader.ProblemSpan);
    }

    private static string Kind(RequestBody body) => body.Kind == BodyKind.Form ? "form" : "multipart";

    private sealed class Reader
    {
        public List<BodyField> Fields { get; } = new();

        public string? Problem { get; private set; }

        public SourceSpan ProblemSpan { get; private set; }

        public void Fail(string problem, SourceSpan span)
        {
            if (Problem is null)
            {
                Problem = problem;
                ProblemSpan = span;
            }
        }

        public void FormField(string name, JsonNode value, ParameterStyle style, SourceSpan nameSpan)
        {
            if (!CheckName(name, nameSpan))
            {
                return;
            }

            switch (value)
            {
                case JsonNull:
                    Fail($"field '{name}' is null, and a form field is text: leave the member out or give it a value", value.Span);
                    break;
                case JsonArray array when style == ParameterStyle.DeepObject:
                    for (var i = 0; i < array.Items.Count; i++)
                    {
                        FormField(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", array.Items[i], style, array.Items[i].Span);
                    }

                    break;
                case JsonArray array:
                    var items = new List<string>();
                    foreach (var item in array.Items)
                    {
                        if (ValueText.Of(item) is not { } text)
                        {
                            Fail($"field '{name}' is an array holding {JsonValueText.Describe(item)}; with style {(style == ParameterStyle.Comma ? "comma" : "form")} its items are strings, numbers or booleans (set \"style\": \"deepObject\" to send name[0][key]=value)", item.Span);
                            return;
                        }

                        items.Add(text);
                    }

                    if (style == ParameterStyle.Comma)
                    {
                        if (items.Count > 0)
                        {
                            Text(name, string.Join(",", items), null, array.Span);
                        }
                    }
                    else
                    {
                        for (var i = 0; i < items.Count; i++)
                        {
                            Text(name, items[i], null, array.Items[i].Span);
                        }
                    }

                    break;
                case JsonObject obj when style == ParameterStyle.DeepObject:
                    foreach (var member in obj.Members)
                    {
                        FormField(name + "[" + member.Name + "]", member.Value, style, member.NameSpan);
                    }

                    break;
                case JsonObject:
                    Fail($"field '{name}' is an object; a form field is text: set its encoding \"style\": \"deepObject\" to send name[key]=value", value.Span);
                    break;
                default:
                    Text(name, ValueText.Of(value)!, null, value.Span);
                    break;
            }
        }

        public void Part(string name, JsonNode value, FieldEncoding? encoding, SourceSpan nameSpan)
        {
            if (!CheckName(name, nameSpan))
            {
                return;
            }

            if (encoding is { Style: not ParameterStyle.Form })
            {
                Fail($"field '{name}' has an encoding style, which only form bodies use: a multipart body sends each array item as a part of its own", encoding.Span);
                return;
            }

            if (encoding is { File: true })
            {
                var names = value is JsonArray list ? list.Items : new[] { value }.ToEquatableArray();
                foreach (var item in names)
                {
                    if (item is not JsonString file || !IsLocalFileName(file.Value))
                    {
                        Fail($"file field '{name}' holds {JsonValueText.Describe(item)}; its example names the local file the sample reads: a plain file name of letters, digits, '.', '_' and '-' (such as avatar.png)", item.Span);
                        return;
                    }

                    var fileName = encoding.FileName ?? file.Value;
                    if (Unsendable(fileName) is { } why)
                    {
                        Fail($"the filename of file field '{name}' cannot be sent: {why}", encoding.Span);
                        return;
                    }

                    Fields.Add(new BodyField(name, FieldKind.File, file.Value, encoding.ContentType ?? MediaTypes.OctetStream, fileName, item.Span));
                }

                return;
            }

            switch (value)
            {
                case JsonNull:
                    Fail($"field '{name}' is null, and a multipart part holds text, a file or JSON: leave the member out or give it a value", value.Span);
                    break;
                case JsonArray array when array.Items.All(item => ValueText.Of(item) is not null):
                    foreach (var item in array.Items)
                    {
                        Text(name, ValueText.Of(item)!, encoding?.ContentType, item.Span);
                    }

                    break;
                case JsonArray or JsonObject:
                    Fields.Add(new BodyField(name, FieldKind.Json, JsonWriter.Write(value, indented: false), encoding?.ContentType ?? MediaTypes.Json, null, value.Span));
                    break;
                default:
                    Text(name, ValueText.Of(value)!, encoding?.ContentType, value.Span);
                    break;
            }
        }

        private bool CheckName(string name, SourceSpan span)
        {
            if (name.Length == 0)
            {
                Fail("a field needs a name, and this one is empty", span);
                return false;
            }

            if (Unsendable(name) is { } why)
            {
                Fail($"the field name '{name}' cannot be sent: {why}", span);
                return false;
            }

            return true;
        }

        private void Text(string name, string value, string? contentType, SourceSpan span)
        {
            if (Unsendable(value) is { } why)
            {
                Fail($"the value of field '{name}' cannot be sent: {why}", span);
                return;
            }

            Fields.Add(new BodyField(name, FieldKind.Text, value, contentType, null, span));
        }
    }
}
