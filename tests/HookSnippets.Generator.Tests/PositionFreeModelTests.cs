using System.Reflection;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;
using HookSnippets.Generator.Pipeline;

namespace HookSnippets.Generator.Tests;

/// <summary>
/// What reaches emission holds no position in the description: a span or a JSON node (which carries its span) in it
/// would make an edit that only moves text re-emit every source.
/// </summary>
public sealed class PositionFreeModelTests
{
    [Fact]
    public void Nothing_the_emit_step_reads_can_hold_a_position()
    {
        var seen = new HashSet<Type>();
        var positioned = new List<string>();
        Walk(typeof(ResolvedClient), nameof(ResolvedClient), seen, positioned);

        Assert.Empty(positioned);
        Assert.Contains(typeof(ClientShape.OperationShape), seen);
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> positioned)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(SourceSpan) || typeof(JsonNode).IsAssignableFrom(type))
        {
            positioned.Add(path);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", seen, positioned);
            return;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || !seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.PropertyType, path + "." + property.Name, seen, positioned);
            }
        }
    }
}
