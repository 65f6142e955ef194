namespace HookSnippets.Cli.Commands;

/// <summary>
/// <c>render --watch</c>: renders once, then again after each burst of changes to the watched files or folders has
/// been quiet for <see cref="Debounce"/> (an editor's save is often several events: write, rename, attribute change).
/// A failed render (a description error, a template error, a file saved half-way) is printed and the next change
/// awaited: the loop only ends on <c>stop</c> or Ctrl+C.
/// </summary>
internal sealed class RenderWatch(CliConsole console, IReadOnlyList<string> watched)
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly Lock _lock = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private long _lastChange;

    public int Run(Action render, CancellationToken stop)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            ended.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var watchers = watched.Select(Watch).ToList();
        try
        {
            RenderGuarded(render);
            console.Out.WriteLine($"Watching {string.Join(", ", watched)} (Ctrl+C stops)");
            while (!ended.Token.WaitHandle.WaitOne(Poll))
            {
                if (TakeChanges() is { Count: > 0 } changes)
                {
                    console.Out.WriteLine($"Changed: {string.Join(", ", changes)}");
                    RenderGuarded(render);
                }
            }

            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            watchers.ForEach(w => w.Dispose());
        }
    }

    private void RenderGuarded(Action render)
    {
        try
        {
            render();
        }
        catch (UsageException e)
        {
            // A file being replaced by an editor can be missing for a moment: say so and wait for the next change.
            console.Error.WriteLine("error: " + e.Message);
        }
    }

    /// <summary>The paths changed since the last call, once no change came for <see cref="Debounce"/>; else none.</summary>
    private List<string> TakeChanges()
    {
        lock (_lock)
        {
            if (_changed.Count == 0 || Environment.TickCount64 - _lastChange < Debounce.TotalMilliseconds)
            {
                return [];
            }

            var changes = _changed.ToList();
            _changed.Clear();
            return changes;
        }
    }

    private FileSystemWatcher Watch(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Directory.Exists(full);
        var watcher = folder
            ? new FileSystemWatcher(full) { IncludeSubdirectories = true }
            : new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full));
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        void Changed(string changed)
        {
            lock (_lock)
            {
                _changed.Add(folder ? Path.Combine(path, Path.GetRelativePath(full, changed)) : path);
                _lastChange = Environment.TickCount64;
            }
        }

        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
