using HookSnippets.Snippets.Output;

namespace HookSnippets.Cli;

/// <summary>A single output file (the OpenAPI file with samples, the overlay), replaced as a whole or not at all.</summary>
internal static class OutputFile
{
    /// <exception cref="IOException">The file or its folder cannot be written.</exception>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var staging = Path.Combine(folder, $".{Path.GetFileName(full)}.new-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(staging, RenderedFiles.Utf8.GetBytes(text));
            File.Move(staging, full, overwrite: true);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>The file's text, or null when it does not exist.</summary>
    public static string? Read(string path) => File.Exists(path) ? System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path)) : null;
}
