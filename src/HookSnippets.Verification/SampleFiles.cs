using System.Text;

namespace HookSnippets.Verification;

/// <summary>
/// The local files samples upload (file bodies, file parts), which verify writes beside each sample before it runs
/// (docs/endpoint-format.md, "Files verify supplies"). A name always gets the same bytes, so the expected bytes are
/// known: a line naming the file, every byte value once, then CR LF; a client that reads the file as text, stops
/// at a NUL or trims line ends sends something else.
/// </summary>
public static class SampleFiles
{
    public static byte[] Content(string name)
    {
        var head = Encoding.UTF8.GetBytes("HookSnippets sample file " + name + "\n");
        var bytes = new byte[head.Length + 256 + 2];
        head.CopyTo(bytes, 0);
        for (var i = 0; i < 256; i++)
        {
            bytes[head.Length + i] = (byte)i;
        }

        bytes[^2] = (byte)'\r';
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>Writes each file the request reads into <paramref name="folder"/>, under its placeholder name.</summary>
    public static void WriteInto(string folder, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            File.WriteAllBytes(Path.Combine(folder, name), Content(name));
        }
    }
}
