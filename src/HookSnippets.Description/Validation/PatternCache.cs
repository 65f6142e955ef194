using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace HookSnippets.Description.Validation;

/// <summary>
/// Compiles schema patterns once with ECMA-262 semantics (as JSON Schema asks), falling back to .NET syntax for
/// constructs the ECMAScript option rejects. Every match runs with a timeout, so a backtracking pattern is a
/// diagnostic, never a hang.
/// </summary>
internal sealed class PatternCache
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, (Regex? Regex, string? Error)> _compiled = new(StringComparer.Ordinal);

    /// <summary>The compiled pattern, or null with the reason it does not compile.</summary>
    public Regex? Get(string pattern, out string? error)
    {
        if (!_compiled.TryGetValue(pattern, out var entry))
        {
            entry = Compile(pattern);
            _compiled.Add(pattern, entry);
        }

        error = entry.Error;
        return entry.Regex;
    }

    /// <summary>
    /// Whether <paramref name="regex"/> finds a match, or null when it timed out twice. The timeout is wall-clock
    /// time, so a busy machine can interrupt a fast match; only a pattern that times out again is reported.
    /// </summary>
    public static bool? IsMatch(Regex regex, string value)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return regex.IsMatch(value);
            }
            catch (RegexMatchTimeoutException)
            {
                // A paused thread looks like a slow match; a backtracking pattern times out again.
            }
        }

        return null;
    }

    private static (Regex? Regex, string? Error) Compile(string pattern)
    {
        try
        {
            return (new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, Timeout), null);
        }
        catch (ArgumentException)
        {
            try
            {
                return (new Regex(pattern, RegexOptions.CultureInvariant, Timeout), null);
            }
            catch (ArgumentException exception)
            {
                return (null, exception.Message);
            }
        }
    }
}
