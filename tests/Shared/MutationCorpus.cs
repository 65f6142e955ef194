using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HookSnippets.Tests.Shared;

/// <summary>One mutated input and how it was made (for example <c>#17 swap-token@1203</c>), to reproduce a failure.</summary>
internal readonly record struct Mutant(int Index, string Recipe, string Text);

/// <summary>
/// Deterministic malformed inputs made from a valid text: characters or JSON tokens deleted, duplicated or
/// swapped with their neighbour, one to three edits per input. The same seed gives the same corpus on every
/// runtime (an own xorshift generator, not System.Random). Linked as source by the test projects that need it.
/// </summary>
internal static class MutationCorpus
{
    public const ulong DefaultSeed = 0x5EED_2026_0001UL;

    private static readonly string[] Edits = { "delete-char", "duplicate-char", "swap-char", "delete-token", "duplicate-token", "swap-token" };

    public static IEnumerable<Mutant> Generate(string text, int count, ulong seed = DefaultSeed)
    {
        var random = new XorShift(seed);
        for (var index = 0; index < count; index++)
        {
            // Mostly single edits, which keep the rest of the file intact and reach deep into the validator;
            // every fourth input stacks more edits.
            var edits = index % 4 == 3 ? 2 + random.Next(2) : 1;
            var mutated = text;
            var recipe = new StringBuilder("#").Append(index.ToString(CultureInfo.InvariantCulture));
            for (var e = 0; e < edits; e++)
            {
                var kind = random.Next(Edits.Length);
                mutated = Apply(mutated, kind, random, out var position);
                recipe.Append(' ').Append(Edits[kind]).Append('@').Append(position.ToString(CultureInfo.InvariantCulture));
            }

            yield return new Mutant(index, recipe.ToString(), mutated);
        }
    }

    private static string Apply(string text, int kind, XorShift random, out int position)
    {
        if (kind < 3)
        {
            if (text.Length < 2)
            {
                position = 0;
                return text + text;
            }

            position = kind == 2 ? Different(random.Next(text.Length - 1), text.Length - 1, p => text[p] != text[p + 1]) : random.Next(text.Length - 1);
            return kind switch
            {
                0 => text.Remove(position, 1),
                1 => text.Insert(position, text[position].ToString()),
                _ => text.Substring(0, position) + text[position + 1] + text[position] + text.Substring(position + 2),
            };
        }

        var tokens = Tokenize(text);
        if (tokens.Count < 2)
        {
            position = 0;
            return text + text;
        }

        var i = kind == 5
            ? Different(random.Next(tokens.Count - 1), tokens.Count - 1, t => string.CompareOrdinal(text, tokens[t].Start, text, tokens[t + 1].Start, System.Math.Max(tokens[t].Length, tokens[t + 1].Length)) != 0)
            : random.Next(tokens.Count - 1);
        var (start, length) = tokens[i];
        position = start;
        switch (kind)
        {
            case 3:
                return text.Remove(start, length);
            case 4:
                return text.Insert(start + length, text.Substring(start, length));
            default:
                var (nextStart, nextLength) = tokens[i + 1];
                return text.Substring(0, start)
                    + text.Substring(nextStart, nextLength)
                    + text.Substring(start + length, nextStart - start - length)
                    + text.Substring(start, length)
                    + text.Substring(nextStart + nextLength);
        }
    }

    /// <summary>The first position from <paramref name="start"/> on (wrapping around) where a swap changes the text, so that no mutant equals its source.</summary>
    private static int Different(int start, int count, System.Func<int, bool> changes)
    {
        for (var step = 0; step < count; step++)
        {
            var candidate = (start + step) % count;
            if (changes(candidate))
            {
                return candidate;
            }
        }

        return start;
    }

    /// <summary>JSON tokens as (start, length): strings with their quotes, numbers and words, punctuation. Whitespace is not a token.</summary>
    private static List<(int Start, int Length)> Tokenize(string text)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            {
                i++;
                continue;
            }

            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = System.Math.Min(i + 1, text.Length);
            }
            else if (char.IsLetterOrDigit(c) || c == '-' || c == '+' || c == '.')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' || text[i] == '+' || text[i] == '.'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add((start, i - start));
        }

        return tokens;
    }

    /// <summary>xorshift64* (Vigna): tiny, fast and identical everywhere.</summary>
    private sealed class XorShift
    {
        private ulong _state;

        public XorShift(ulong seed) => _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

        public int Next(int bound)
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            var value = _state * 0x2545F4914F6CDD1DUL;
            return (int)((value >> 33) % (ulong)bound);
        }
    }
}
