using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>Pretty-prints a JSON value as native literals of one language, one member or item per line.</summary>
internal static class NativeJsonWriter
{
    public static bool CanWrite(JsonNode node, NativeJsonDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(node);
        // Index loops rather than LINQ: templates ask this on every render, and the lambdas and boxed enumerators allocated.
        switch (node)
        {
            case JsonObject o:
                for (var i = 0; i < o.Members.Count; i++)
                {
                    var member = o.Members[i];
                    if (!dialect.KeepsMember(o, member.Name) || !CanWrite(member.Value, dialect))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray a:
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (!CanWrite(a.Items[i], dialect))
                    {
                        return false;
                    }
                }

                return true;
            case JsonNumber n:
                return dialect.KeepsNumber(n.Text);
            default:
                return true;
        }
    }

    /// <summary>The literal; its first line is not indented, the following lines start at <paramref name="indent"/> levels.</summary>
    /// <exception cref="ArgumentException">A number or member the language would change (check with <see cref="CanWrite"/>), or a lone surrogate.</exception>
    public static string Write(JsonNode node, int indent, NativeJsonDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentOutOfRangeException.ThrowIfNegative(indent);
        var builder = new StringBuilder();
        Write(builder, node, indent, dialect);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonNode node, int level, NativeJsonDialect dialect)
    {
        switch (node)
        {
            case JsonObject o:
                builder.Append(dialect.ObjectOpen(o));
                for (var i = 0; i < o.Members.Count; i++)
                {
                    var member = o.Members[i];
                    if (!dialect.KeepsMember(o, member.Name))
                    {
                        throw new ArgumentException($"The member name {System.Text.Json.JsonSerializer.Serialize(member.Name)} cannot be written natively.", nameof(node));
                    }

                    NewLine(builder, level + 1, dialect).Append(dialect.MemberPrefix(member.Name));
                    Write(builder, member.Value, level + 1, dialect);
                    builder.Append(i + 1 < o.Members.Count ? "," : string.Empty);
                }

                if (o.Members.Count > 0)
                {
                    NewLine(builder, level, dialect);
                }

                builder.Append(dialect.ObjectClose(o));
                break;
            case JsonArray a:
                builder.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    NewLine(builder, level + 1, dialect);
                    Write(builder, a.Items[i], level + 1, dialect);
                    builder.Append(i + 1 < a.Items.Count ? "," : string.Empty);
                }

                if (a.Items.Count > 0)
                {
                    NewLine(builder, level, dialect);
                }

                builder.Append(']');
                break;
            case JsonString s:
                builder.Append(dialect.String(s.Value));
                break;
            case JsonNumber n:
                if (!dialect.KeepsNumber(n.Text))
                {
                    throw new ArgumentException($"The number {n.Text} would change value as a native number.", nameof(node));
                }

                builder.Append(n.Text);
                break;
            case JsonBoolean b:
                builder.Append(b.Value ? dialect.True : dialect.False);
                break;
            case JsonNull:
                builder.Append(dialect.Null);
                break;
            default:
                throw new ArgumentException($"Unknown JSON node {node.GetType().Name}.", nameof(node));
        }
    }

    private static StringBuilder NewLine(StringBuilder builder, int level, NativeJsonDialect dialect)
    {
        builder.Append('\n');
        for (var i = 0; i < level; i++)
        {
            builder.Append(dialect.IndentUnit);
        }

        return builder;
    }
}
