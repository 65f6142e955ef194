using System;
using System.IO;

namespace HookSnippets.Tests.Shared;

/// <summary>The checkout the tests run from: the folder holding HookSnippets.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Folder { get; } = Find();

    /// <summary>A path below the repository root.</summary>
    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "HookSnippets.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HookSnippets.sln not found above " + AppContext.BaseDirectory);
    }
}
