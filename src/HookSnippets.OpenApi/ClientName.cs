using System.Text;

namespace HookSnippets.OpenApi;

/// <summary>
/// The client name from <c>info.title</c>: its words (split at spaces and punctuation only, so a brand keeps its
/// capitals) joined in PascalCase, without a final "API": "Auth0 Management API" → <c>Auth0Management</c>,
/// "OpenAI API" → <c>OpenAI</c>, "Tic Tac Toe" → <c>TicTacToe</c>. A name that would not start with a letter gets
/// <c>Api</c> before it; no title gives <c>Api</c>.
/// </summary>
internal static class ClientName
{
    public static string From(string? title)
    {
        var words = Words.OfTitle(title ?? string.Empty);
        if (words.Count > 1 && words[^1].Equals("api", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(words.Count - 1);
        }

        var name = new StringBuilder();
        foreach (var word in words)
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return name.Length == 0 ? "Api" : char.IsAsciiLetter(name[0]) ? name.ToString() : "Api" + name;
    }
}
