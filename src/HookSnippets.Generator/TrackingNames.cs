namespace HookSnippets.Generator;

/// <summary>
/// The names given to each pipeline step with <c>WithTrackingName</c>, so tests can assert which steps ran,
/// were cached or were left unchanged after an edit.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Every additional file looked at: null unless it is a description.</summary>
    public const string DescriptionCandidates = nameof(DescriptionCandidates);

    /// <summary>Additional files picked as descriptions, with their text and per-file options.</summary>
    public const string DescriptionFiles = nameof(DescriptionFiles);

    /// <summary>Each picked file read and validated into an <c>ApiDescription</c>.</summary>
    public const string ParsedDescriptions = nameof(ParsedDescriptions);

    /// <summary>Project-wide MSBuild options.</summary>
    public const string ProjectOptions = nameof(ProjectOptions);

    /// <summary>Each description turned into a client shape, with its namespace and client name resolved.</summary>
    public const string Clients = nameof(Clients);

    /// <summary>Each client's C# sources.</summary>
    public const string ClientSources = nameof(ClientSources);

    /// <summary>The project's default namespace, where the shared runtime types go (null when they cannot be emitted).</summary>
    public const string RuntimeNamespace = nameof(RuntimeNamespace);

    /// <summary>The runtime types shared by every client of the project, emitted once.</summary>
    public const string SharedSources = nameof(SharedSources);
}
