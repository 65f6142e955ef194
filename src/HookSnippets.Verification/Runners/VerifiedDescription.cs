namespace HookSnippets.Verification.Runners;

/// <summary>
/// A description a run verifies: its file (the generated C# client is built from it) and its <c>name</c> (the client's
/// default namespace is the PascalCase form).
/// </summary>
public sealed record VerifiedDescription(string Path, string ApiName);
