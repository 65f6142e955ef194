using System.Text;

namespace HookSnippets.OpenApi;

/// <summary>Splitting names into words and joining them the way placeholders and ids are spelt.</summary>
internal static class Words
{
    /// <summary><c>tenantDomain</c>, <c>tenant-domain</c>, <c>tenant_domain</c> → <c>tenant</c>, <c>domain</c> (lower case).</summary>
    public static List<string> Split(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var startsWord = current.Length > 0 && char.IsAsciiLetterUpper(c)
                && (char.IsAsciiLetterLower(name[i - 1]) || char.IsAsciiDigit(name[i - 1]) || (i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1])));
            if (startsWord)
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>The words of a title, split at everything but ASCII letters and digits, as written: "OpenAI API" → <c>OpenAI</c>, <c>API</c>.</summary>
    public static List<string> OfTitle(string title)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var inWord = i < title.Length && char.IsAsciiLetterOrDigit(title[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(title[start..i]);
                start = -1;
            }
        }

        return words;
    }

    public static string UpperSnake(IEnumerable<string> words) => string.Join("_", words).ToUpperInvariant();

    public static string LowerSnake(string name) => string.Join("_", Split(name));

    /// <summary>A plural English noun made singular by the common rules (<c>hooks</c> → <c>hook</c>, <c>policies</c> → <c>policy</c>).</summary>
    public static string Singular(string word)
    {
        if (word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>
    /// <paramref name="stem"/> followed by <paramref name="tail"/> without repeating the words they share at the join:
    /// [user] + [user, id] → [user, id]; [hook] + [id] → [hook, id].
    /// </summary>
    public static List<string> JoinWithoutOverlap(IReadOnlyList<string> stem, IReadOnlyList<string> tail)
    {
        for (var overlap = Math.Min(stem.Count, tail.Count); overlap > 0; overlap--)
        {
            if (stem.Skip(stem.Count - overlap).SequenceEqual(tail.Take(overlap)))
            {
                return [.. stem, .. tail.Skip(overlap)];
            }
        }

        return [.. stem, .. tail];
    }
}
