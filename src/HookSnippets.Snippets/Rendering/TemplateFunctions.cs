using HookSnippets.Description.Naming;
using Scriban.Runtime;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// The encoders templates call, one read-only object per language: <c>shell.str</c>, <c>csharp.str</c>...
/// Shared by every thread's context, so it is never written after it is built.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Instance { get; } = Build();

    private static ScriptObject Build()
    {
        var root = new ScriptObject();
        Add(root, "csharp", ("str", new Func<string, string>(CSharpLiteral.String)));
        root.IsReadOnly = true;
        return root;
    }

    private static void Add(ScriptObject root, string language, params (string Name, Delegate Function)[] functions)
    {
        var group = new ScriptObject();
        foreach (var (name, function) in functions)
        {
            group.Import(name, function);
        }

        group.IsReadOnly = true;
        root.SetValue(language, group, readOnly: true);
    }
}
