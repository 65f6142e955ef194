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

    /// <summary>Each description resolved: its client's shape, namespace and name, and every diagnostic of the file.</summary>
    public const string Resolutions = nameof(Resolutions);

    /// <summary>The part of each resolution emission reads, free of positions in the file (null when nothing is emitted).</summary>
    public const string ResolvedClients = nameof(ResolvedClients);

    /// <summary>The part of each resolution that is reported: the file's diagnostics, located.</summary>
    public const string ClientDiagnostics = nameof(ClientDiagnostics);

    /// <summary>Each client's C# sources.</summary>
    public const string ClientSources = nameof(ClientSources);

    /// <summary>The project's default namespace, where the shared runtime types go (null when they cannot be emitted).</summary>
    public const string RuntimeNamespace = nameof(RuntimeNamespace);

    /// <summary>The runtime types shared by every client of the project, emitted once.</summary>
    public const string SharedSources = nameof(SharedSources);
}
