namespace HookSnippets.Description.Validation;

/// <summary>String lengths as JSON Schema counts them: Unicode code points, so a surrogate pair is one character.</summary>
internal static class CodePoints
{
    public static int Count(string value)
    {
        var count = value.Length;
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsLowSurrogate(value[i]) && char.IsHighSurrogate(value[i - 1]))
            {
                count--;
            }
        }

        return count;
    }
}
