using System;
using System.Linq;
using HookSnippets.Description.Bodies;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>
/// HS1014, HS1021, HS1026, HS1033 and HS1012 for a request body: where it may go, its examples against its schema and
/// against its media type (a form example is an object of text fields, a file body names a local file...).
/// </summary>
internal static class BodyRules
{
    public static void Check(ValidationContext context, Operation operation, RequestBody body)
    {
        if (operation.Method == "GET" || operation.Method == "HEAD")
        {
            context.Warning(
                DiagnosticIds.BodyOnGet,
                body.Span,
                "Operation '" + operation.Id + "' is a " + operation.Method + " with a request body, which many HTTP clients and proxies drop or reject; send the data as query parameters or use POST.");
        }

        CheckEncoding(context, operation, body);
        if (body.Example is null)
        {
            if (body.Required)
            {
                context.Warning(
                    DiagnosticIds.RequiredBodyWithoutExample,
                    body.Span,
                    "The body of operation '" + operation.Id + "' is required but has no example, so samples would send no body; add an \"example\".");
            }

            return;
        }

        var subject = "Body example of operation '" + operation.Id + "'";
        context.CheckExamples(body.Example, body.Examples, body.Schema, subject);
        if (body.Examples.Count == 0)
        {
            CheckSendable(context, body, body.Example, subject);
        }
        else
        {
            foreach (var example in body.Examples)
            {
                CheckSendable(context, body, example.Value, subject + " '" + example.Name + "'");
            }
        }

        foreach (var placeholder in body.Placeholders)
        {
            if (!Occurs(body.Example, placeholder.Value) && !body.Examples.Any(e => Occurs(e.Value, placeholder.Value)))
            {
                context.Warning(
                    DiagnosticIds.PlaceholderNotInExample,
                    body.Span,
                    "Placeholder '" + placeholder.Value + "' of the body of operation '" + operation.Id + "' does not occur in the body example; use it in the example or remove it from \"placeholders\".");
            }
        }
    }

    /// <summary>Whether the example can be sent as the body's media type says (JSON always can).</summary>
    private static void CheckSendable(ValidationContext context, RequestBody body, JsonNode example, string subject)
    {
        switch (body.Kind)
        {
            case BodyKind.Form or BodyKind.Multipart:
                var fields = BodyFields.Of(body, example);
                if (fields.Problem is { } problem)
                {
                    context.Error(DiagnosticIds.UnsendableBody, fields.ProblemSpan, subject + " cannot be sent as " + body.ContentType + ": " + problem + ".");
                }

                break;
            case BodyKind.Text:
                if (example is not JsonString text)
                {
                    context.Error(DiagnosticIds.UnsendableBody, example.Span, subject + " cannot be sent as " + body.ContentType + ": a text body's example is the text, a string, not " + JsonValueText.Describe(example) + ".");
                }
                else if (BodyFields.Unsendable(text.Value) is { } why)
                {
                    context.Error(DiagnosticIds.UnsendableBody, example.Span, subject + " cannot be sent as " + body.ContentType + ": " + why + ".");
                }

                break;
            case BodyKind.File:
                if (example is not JsonString { Value: var name } || !BodyFields.IsLocalFileName(name))
                {
                    context.Error(
                        DiagnosticIds.UnsendableBody,
                        example.Span,
                        subject + " cannot be sent as " + body.ContentType + ": the example of a file body names the local file the sample uploads, a plain file name of letters, digits, '.', '_' and '-' (such as report.pdf), not " + JsonValueText.Describe(example) + ".");
                }

                break;
        }
    }

    private static void CheckEncoding(ValidationContext context, Operation operation, RequestBody body)
    {
        foreach (var encoding in body.Encoding)
        {
            var subject = "The encoding of field '" + encoding.Field + "' of the body of operation '" + operation.Id + "'";
            if (body.Kind is not (BodyKind.Form or BodyKind.Multipart))
            {
                context.Error(DiagnosticIds.UnsendableBody, encoding.Span, subject + " applies to form and multipart bodies, not to " + body.ContentType + "; remove 'encoding'.");
            }
            else if (body.Kind == BodyKind.Form && (encoding.File || encoding.ContentType is not null))
            {
                context.Error(DiagnosticIds.UnsendableBody, encoding.Span, subject + " gives a file or a content type, which only multipart parts have: a form field is text; remove them.");
            }
        }
    }

    /// <summary>Whether a placeholder value is part of a member name or string anywhere in the example.</summary>
    private static bool Occurs(JsonNode node, string value)
    {
        switch (node)
        {
            case JsonString s:
                return s.Value.IndexOf(value, StringComparison.Ordinal) >= 0;
            case JsonArray a:
                foreach (var item in a.Items)
                {
                    if (Occurs(item, value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonObject o:
                foreach (var member in o.Members)
                {
                    if (member.Name.IndexOf(value, StringComparison.Ordinal) >= 0 || Occurs(member.Value, value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
