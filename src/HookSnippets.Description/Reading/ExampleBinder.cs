using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Reading;

/// <summary>
/// <c>example</c> and <c>examples</c> of bodies, parameters and responses: one unnamed example, or named ones whose
/// first is the default (the value every single-example reader uses).
/// </summary>
internal sealed class ExampleBinder(BindingContext context)
{
    private static readonly string[] ExampleMembers = { "summary", "description", "value" };

    public (JsonNode? Default, EquatableArray<NamedExample> Named) Bind(JsonObject owner, string subject)
    {
        var single = context.Value(owner, "example", subject);
        var named = context.Optional<JsonObject>(owner, "examples", subject, "an object of named examples");
        if (single is not null && named is not null)
        {
            context.Error(
                DiagnosticIds.InvalidValue,
                named.Span,
                $"{BindingContext.Capitalize(subject)} has both 'example' and 'examples': give one example, or name each under 'examples' (the first is the default).");
        }

        var examples = new List<NamedExample>();
        foreach (var member in named?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            var what = $"example '{member.Name}' of {subject}";
            if (context.AsObject(member.Value, what) is not { } obj)
            {
                continue;
            }

            context.CheckMembers(obj, what, ExampleMembers);
            var summary = context.OptionalString(obj, "summary", what);
            var description = context.OptionalString(obj, "description", what);
            var value = context.Value(obj, "value", what);
            if (value is null)
            {
                context.Error(DiagnosticIds.MissingMember, BindingContext.StartOf(obj.Span), $"{BindingContext.Capitalize(what)} is missing the required member 'value'.");
                continue;
            }

            examples.Add(new NamedExample(member.Name, summary, description, value, member.NameSpan));
        }

        return (single ?? (examples.Count > 0 ? examples[0].Value : null), examples.ToEquatableArray());
    }
}
