using System;
using System.Collections.Generic;
using System.Globalization;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Hint names must be unique within the generator, or the compiler drops every generated file (CS8785), and the
/// generator never sees two descriptions at once. So a client's files carry their description's identity: the
/// project's own <c>endpoints.json</c> keeps the plain names (<c>Consumer.Auth0ManagementClient.g.cs</c>); any other
/// description file adds a hash of its path relative to the project folder (<c>Consumer.InventoryClient-1a2b3c4d.g.cs</c>).
/// Two descriptions that generate the same client type therefore end in the compiler's duplicate type error (CS0101),
/// never in a generator failure. Relative paths keep the names the same on every machine the project is cloned to.
/// </summary>
internal static class HintNames
{
    public static string ClientPrefix(string @namespace, string clientName, string path, string? projectDir)
    {
        var prefix = @namespace.Length == 0 ? clientName : @namespace + "." + clientName;
        var relative = RelativePath(path, projectDir);
        return relative == DescriptionFileSelector.DefaultFileName
            ? prefix
            : prefix + "-" + Fnv1a(relative).ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="projectDir"/> with '/' separators (so Windows and Unix agree),
    /// climbing with <c>../</c> for a file linked from outside the project; the whole path when the folder is unknown.
    /// </summary>
    internal static string RelativePath(string path, string? projectDir)
    {
        var file = Segments(path);
        if (projectDir is null)
        {
            return string.Join("/", file);
        }

        var folder = Segments(projectDir);
        var common = 0;
        while (common < folder.Count && common < file.Count - 1 && string.Equals(folder[common], file[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < folder.Count; i++)
        {
            parts.Add("..");
        }

        parts.AddRange(file.GetRange(common, file.Count - common));
        return string.Join("/", parts);
    }

    private static List<string> Segments(string path)
    {
        var segments = new List<string>(path.Replace('\\', '/').Split('/'));
        if (segments.Count > 1 && segments[segments.Count - 1].Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    /// <summary>32-bit FNV-1a over the UTF-16 code units: stable across processes and runtimes, unlike string.GetHashCode.</summary>
    private static uint Fnv1a(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }
}
