namespace HookSnippets.Tests.Shared;

/// <summary>
/// Inputs made from a valid description by deleting, duplicating and swapping characters or JSON tokens, with a
/// fixed seed so every run (and every machine) sees the same corpus. Each input carries one to three mutations.
/// </summary>
public static class MutationCorpus
{
    public const ulong DefaultSeed = 0x5EED_2026_0001;

    private const string Noise = "{}[]:,\"\\ -.0e+truefalsnl\u00e9\uD83D\r\n\t";

    public static IEnumerable<string> Generate(string original, int count, ulong seed = DefaultSeed)
    {
        var random = new SplitMix64(seed);
        for (var i = 0; i < count; i++)
        {
            var text = original;
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                text = Mutate(text, random);
            }

            yield return text;
        }
    }

    private static string Mutate(string text, SplitMix64 random)
    {
        if (text.Length == 0)
        {
            return Noise[random.Next(Noise.Length)].ToString();
        }

        switch (random.Next(8))
        {
            case 0:
                return text.Remove(random.Next(text.Length), 1);
            case 1:
            {
                var start = random.Next(text.Length);
                var length = Math.Min(1 + random.Next(16), text.Length - start);
                return text.Insert(start, text.Substring(start, length));
            }

            case 2:
            {
                var chars = text.ToCharArray();
                var a = random.Next(chars.Length);
                var b = random.Next(chars.Length);
                (chars[a], chars[b]) = (chars[b], chars[a]);
                return new string(chars);
            }

            case 3:
                return text.Insert(random.Next(text.Length + 1), Noise[random.Next(Noise.Length)].ToString());
            case 4:
                return text.Substring(0, random.Next(text.Length));
            default:
                return MutateTokens(text, random);
        }
    }

    private static string MutateTokens(string text, SplitMix64 random)
    {
        var tokens = Tokenize(text);
        var a = random.Next(tokens.Count);
        var b = random.Next(tokens.Count);
        switch (random.Next(3))
        {
            case 0:
                tokens.RemoveAt(a);
                break;
            case 1:
                tokens.Insert(b, tokens[a]);
                break;
            default:
                (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
                break;
        }

        return string.Concat(tokens);
    }

    /// <summary>Splits into JSON-ish tokens: strings with their escapes, number/word runs, whitespace runs, single punctuation.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '+' or '.')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '+' or '.'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(text.Substring(start, i - start));
        }

        return tokens;
    }

    /// <summary>SplitMix64: tiny, and unlike System.Random its sequence is fixed by this code alone.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int exclusiveMax)
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z % (ulong)exclusiveMax);
        }
    }
}
