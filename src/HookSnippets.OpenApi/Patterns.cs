using System.Text.RegularExpressions;

namespace HookSnippets.OpenApi;

/// <summary>
/// Compiles schema patterns the way the description validator does: ECMA-262 syntax first, .NET syntax for what the
/// ECMAScript option refuses, every match with a timeout.
/// </summary>
internal static class Patterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    public static Regex? Compile(string pattern, out string? error)
    {
        error = null;
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException)
        {
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant, Timeout);
            }
            catch (ArgumentException e)
            {
                error = e.Message;
                return null;
            }
        }
    }

    public static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
