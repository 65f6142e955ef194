namespace HookSnippets.Verification.Runs;

/// <summary>
/// What a whole run selected, recorded in its results file so that <c>verify merge</c> can check that parts belong
/// together: the description (its file name and a SHA-256 of its text), the target ids and the operation ids in the
/// order of the matrix, and the part a shard ran.
/// </summary>
public sealed record RunSelection(string Description, string DescriptionSha256, IReadOnlyList<string> Targets, IReadOnlyList<string> Operations, Shard? Shard)
{
    /// <summary>Same description, targets, operations and number of parts.</summary>
    public bool SameRunAs(RunSelection other) =>
        DescriptionSha256 == other.DescriptionSha256
        && Targets.SequenceEqual(other.Targets, StringComparer.Ordinal)
        && Operations.SequenceEqual(other.Operations, StringComparer.Ordinal)
        && (Shard?.Count ?? 1) == (other.Shard?.Count ?? 1);
}
