using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HookSnippets.Verification.Runs;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> (<c>--shard 2/4</c>) of a run's operations. Operations are ordered
/// by a hash of their id, which no other operation changes, and cut into <see cref="Count"/> consecutive ranges of
/// equal expected cost (the sum over its samples of their runners' cost per sample). Every part runs each target, so
/// each pays each toolchain's start-up once. An operation added to or removed from the description moves at most one
/// operation across each cut, so at most <see cref="Count"/> - 1 others change part.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary><c>K/N</c> with 1 ≤ K ≤ N.</summary>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static Shard Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new FormatException($"'{text}' is not K/N with 1 <= K <= N (for example 2/4)");
    }

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>This part's operations, in their order in <paramref name="operations"/>.</summary>
    /// <param name="cost">The expected cost of running one operation's samples.</param>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> operations, Func<T, string> id, Func<T, double> cost)
    {
        var ordered = operations.OrderBy(o => Position(id(o))).ThenBy(id, StringComparer.Ordinal).ToArray();
        var total = ordered.Sum(cost);
        var mine = new HashSet<string>(StringComparer.Ordinal);
        var before = 0.0;
        foreach (var operation in ordered)
        {
            // An operation belongs to the part in which the middle of its cost falls.
            var middle = before + cost(operation) / 2;
            var part = total <= 0 ? 0 : Math.Min(Count - 1, (int)(middle / total * Count));
            if (part == Index - 1)
            {
                mine.Add(id(operation));
            }

            before += cost(operation);
        }

        return operations.Where(o => mine.Contains(id(o))).ToArray();
    }

    private static ulong Position(string operationId) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(operationId)));
}
