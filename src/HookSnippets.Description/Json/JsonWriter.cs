using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HookSnippets.Description.Json;

/// <summary>
/// Canonical JSON text of a <see cref="JsonNode"/>: the body every sample and the generated client must send
/// (compact), and the form the CLI shows (indented: two spaces, <c>": "</c>, LF line breaks).
/// </summary>
public static class JsonWriter
{
    public static string Write(JsonNode node, bool indented)
    {
        if (node is null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        var builder = new StringBuilder();
        Write(builder, node, indented, 0);
        return builder.ToString();
    }

    /// <summary>
    /// Compares values, ignoring spans and member order; numbers are equal when their values are (<c>1.0</c> = <c>1</c>
    /// = <c>10e-1</c>), compared exactly rather than through a floating-point type. An object with a duplicated member
    /// name equals another only if the other has the same names and the first value of each name matches.
    /// </summary>
    public static bool DeepEquals(JsonNode a, JsonNode b)
    {
        if (a is null || b is null)
        {
            throw new ArgumentNullException(a is null ? nameof(a) : nameof(b));
        }

        switch (a)
        {
            case JsonObject objectA when b is JsonObject objectB:
                return ObjectsEqual(objectA, objectB);
            case JsonArray arrayA when b is JsonArray arrayB:
                if (arrayA.Items.Count != arrayB.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < arrayA.Items.Count; i++)
                {
                    if (!DeepEquals(arrayA.Items[i], arrayB.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonString stringA when b is JsonString stringB:
                return string.Equals(stringA.Value, stringB.Value, StringComparison.Ordinal);
            case JsonNumber numberA when b is JsonNumber numberB:
                return JsonNumberValue.AreEqual(numberA.Text, numberB.Text);
            case JsonBoolean booleanA when b is JsonBoolean booleanB:
                return booleanA.Value == booleanB.Value;
            case JsonNull when b is JsonNull:
                return true;
            default:
                return false;
        }
    }

    private static bool ObjectsEqual(JsonObject a, JsonObject b)
    {
        if (a.Members.Count != b.Members.Count)
        {
            return false;
        }

        var valuesOfA = FirstValueByName(a);
        var valuesOfB = FirstValueByName(b);
        if (valuesOfA.Count != valuesOfB.Count)
        {
            return false;
        }

        foreach (var pair in valuesOfA)
        {
            if (!valuesOfB.TryGetValue(pair.Key, out var other) || !DeepEquals(pair.Value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, JsonNode> FirstValueByName(JsonObject node)
    {
        var values = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (!values.ContainsKey(member.Name))
            {
                values.Add(member.Name, member.Value);
            }
        }

        return values;
    }

    private static void Write(StringBuilder builder, JsonNode node, bool indented, int depth)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.Members.IsEmpty)
                {
                    builder.Append("{}");
                    return;
                }

                builder.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    NewLine(builder, indented, depth + 1);
                    WriteString(builder, obj.Members[i].Name);
                    builder.Append(indented ? ": " : ":");
                    Write(builder, obj.Members[i].Value, indented, depth + 1);
                }

                NewLine(builder, indented, depth);
                builder.Append('}');
                return;
            case JsonArray array:
                if (array.Items.IsEmpty)
                {
                    builder.Append("[]");
                    return;
                }

                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    NewLine(builder, indented, depth + 1);
                    Write(builder, array.Items[i], indented, depth + 1);
                }

                NewLine(builder, indented, depth);
                builder.Append(']');
                return;
            case JsonString str:
                WriteString(builder, str.Value);
                return;
            case JsonNumber number:
                builder.Append(number.Text);
                return;
            case JsonBoolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                return;
            case JsonNull:
                builder.Append("null");
                return;
            default:
                throw new ArgumentException("Unknown JSON node type " + node.GetType().Name + ".", nameof(node));
        }
    }

    private static void NewLine(StringBuilder builder, bool indented, int depth)
    {
        if (indented)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || char.IsSurrogate(c))
                    {
                        // A lone surrogate has no UTF-8 form, so it travels as an escape.
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
