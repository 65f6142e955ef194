using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>Rules for one operation: its id, path template, parameters, body and responses.</summary>
internal static class OperationRules
{
    private static readonly Regex DottedIdentifiers = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    // Headers the expected request sets itself (auth, body) or that HTTP clients own.
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Content-Type", "Content-Length", "Host", "Transfer-Encoding", "Cookie",
    };

    public static void Check(ValidationContext context, Operation operation)
    {
        if (!DottedIdentifiers.IsMatch(operation.Id))
        {
            context.Error(
                DiagnosticIds.InvalidOperationId,
                operation.IdSpan,
                "Operation id '" + operation.Id + "' is not made of dotted identifiers (letters, digits and '_', not starting with a digit, joined by single dots); name it like 'hooks.secrets.create'.");
        }

        CheckPath(context, operation);
        foreach (var parameter in operation.Parameters)
        {
            CheckParameter(context, operation, parameter);
        }

        if (operation.Body is { } body)
        {
            BodyRules.Check(context, operation, body);
        }

        CheckResponses(context, operation);
    }

    private static void CheckPath(ValidationContext context, Operation operation)
    {
        var template = UrlTemplate.Parse(operation.Path);
        var problem = template.Error
            ?? (operation.Path.StartsWith("/", StringComparison.Ordinal) ? null : "it must start with '/'")
            ?? (operation.Path.IndexOfAny(new[] { '?', '#' }) >= 0 ? "it must not contain '?' or '#' (declare query parameters under \"parameters\" instead)" : null);
        if (problem is not null)
        {
            context.Error(
                DiagnosticIds.MalformedPathTemplate,
                operation.PathSpan,
                "The path '" + operation.Path + "' of operation '" + operation.Id + "' is not a valid path template: " + problem + ".");
        }

        if (template.Error is not null)
        {
            // Which parameters a broken template uses is a guess; HS1009/HS1010 would only repeat the problem.
            return;
        }

        foreach (var name in template.Names)
        {
            var declared = Find(operation, name);
            if (declared is null || declared.In != ParameterLocation.Path)
            {
                var fix = declared is null
                    ? "add \"" + name + "\": { \"in\": \"path\", \"schema\": { \"type\": \"string\" }, \"example\": \"...\" } to its parameters."
                    : "its parameter '" + name + "' is a " + declared.In.ToString().ToLowerInvariant() + " parameter; make it \"in\": \"path\".";
                context.Error(
                    DiagnosticIds.PathParameterNotDeclared,
                    operation.PathSpan,
                    "The path '" + operation.Path + "' uses '{" + name + "}', but operation '" + operation.Id + "' declares no path parameter '" + name + "'; " + fix);
            }
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In == ParameterLocation.Path && !template.Names.Contains(parameter.Name))
            {
                context.Error(
                    DiagnosticIds.PathParameterNotInTemplate,
                    parameter.Span,
                    "Path parameter '" + parameter.Name + "' of operation '" + operation.Id + "' does not appear in its path '" + operation.Path + "'; add '{" + parameter.Name + "}' to the path or make it a query parameter.");
            }
        }
    }

    private static void CheckParameter(ValidationContext context, Operation operation, Parameter parameter)
    {
        var subject = "Example of parameter '" + parameter.Name + "' of operation '" + operation.Id + "'";
        var carried = ParameterValues.Allowed(ParameterValues.Classify(parameter.Schema, context.Types), parameter.In);
        if (!carried)
        {
            context.Error(
                DiagnosticIds.UnsendableParameterType,
                parameter.Schema.Span.Length > 0 ? parameter.Schema.Span : parameter.Span,
                "The schema of " + Location(parameter) + " parameter '" + parameter.Name + "' of operation '" + operation.Id + "' is not a string, integer, number, boolean or string enum"
                + (parameter.In == ParameterLocation.Query ? " (or an array of them)" : string.Empty)
                + ", so neither a URL nor the generated client can carry it; give it such a type (a list of values goes in the query, a structured value in the body).");
        }

        var matches = context.CheckExamples(parameter.Example, parameter.Examples, parameter.Schema, subject);
        var values = parameter.Examples.Count > 0 ? ValuesOf(parameter.Examples) : parameter.Example is null ? Array.Empty<JsonNode>() : new[] { parameter.Example };
        if (parameter.In == ParameterLocation.Path)
        {
            if (parameter.Example is null)
            {
                context.Error(
                    DiagnosticIds.PathParameterWithoutExample,
                    parameter.Span,
                    "Path parameter '" + parameter.Name + "' of operation '" + operation.Id + "' has no example, so samples cannot build the URL; add an \"example\" (a placeholder such as \"" + parameter.Name.ToUpperInvariant() + "\").");
            }

            foreach (var example in values)
            {
                if (example is JsonString { Value: "" or "." or ".." } segment)
                {
                    context.Error(
                        DiagnosticIds.UnusablePathSegmentExample,
                        segment.Span,
                        "The example '" + segment.Value + "' of path parameter '" + parameter.Name + "' of operation '" + operation.Id + "' "
                        + (segment.Value.Length == 0 ? "is empty, and an empty segment changes the path" : "is a dot segment that every HTTP client collapses")
                        + ", so the request would go to another URL; use another example.");
                }
            }
        }

        if (parameter.In == ParameterLocation.Header && ReservedHeaders.Contains(parameter.Name))
        {
            context.Error(
                DiagnosticIds.ReservedHeader,
                parameter.Span,
                "Header parameter '" + parameter.Name + "' of operation '" + operation.Id + "' names a header the request sets itself (Authorization comes from \"auth\", Content-Type from the body, the others from the HTTP client); remove the parameter.");
        }

        if (carried && matches)
        {
            foreach (var example in values)
            {
                CheckSendable(context, operation, parameter, example);
            }
        }
    }

    /// <summary>HS1030: an example that matches a carried schema, yet no request can hold it as it is.</summary>
    private static void CheckSendable(ValidationContext context, Operation operation, Parameter parameter, JsonNode example)
    {
        var subject = "The example of " + Location(parameter) + " parameter '" + parameter.Name + "' of operation '" + operation.Id + "'";
        if (!ParameterValues.IsSendable(example, parameter.In))
        {
            context.Error(
                DiagnosticIds.UnsendableExample,
                example.Span,
                subject + " holds null, which a URL or a header cannot carry (the schema allows it as a value, not as something to send); give a string, number or boolean example, or none to leave the parameter out of samples.");
        }
        else if (parameter.In == ParameterLocation.Header && example is JsonString text && ParameterValues.HeaderProblem(text.Value) is { } problem)
        {
            context.Error(DiagnosticIds.UnsendableExample, example.Span, subject + " cannot be sent as a header value: " + problem + "; use another example.");
        }
    }

    private static string Location(Parameter parameter) => parameter.In.ToString().ToLowerInvariant();

    private static void CheckResponses(ValidationContext context, Operation operation)
    {
        if (operation.Responses.IsEmpty)
        {
            context.Warning(
                DiagnosticIds.NoSuccessResponse,
                operation.IdSpan,
                "Operation '" + operation.Id + "' declares no success response, so clients cannot tell success from failure; add one under \"responses\", such as \"204\": { \"description\": \"No content.\" }.");
        }

        foreach (var response in operation.Responses)
        {
            if (response.Schema is { } schema)
            {
                context.CheckExamples(null, response.Examples, schema, "Example of response " + response.Status + " of operation '" + operation.Id + "'");
            }
        }
    }

    private static JsonNode[] ValuesOf(EquatableArray<NamedExample> examples)
    {
        var values = new JsonNode[examples.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = examples[i].Value;
        }

        return values;
    }

    private static Parameter? Find(Operation operation, string name)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }
}
