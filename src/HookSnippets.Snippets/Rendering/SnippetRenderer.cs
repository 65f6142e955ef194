using System.Buffers;
using System.Globalization;
using HookSnippets.Description;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// Renders one target for one operation. Templates come parsed from the pack's cache; each thread reuses one
/// <see cref="TemplateContext"/>, because building a context per render costs several times the render itself.
/// Variables are strict and member access is not relaxed: a misspelt name is an HS3001 error, not an empty string.
/// </summary>
public sealed class SnippetRenderer(TemplatePack pack)
{
    private static readonly ThreadLocal<RenderState> States = new(() => new RenderState());

    public TemplatePack Pack { get; } = pack;

    /// <summary>The sample text: LF line ends, exactly one final newline.</summary>
    /// <exception cref="TemplateException">The template does not parse or fails at run time (HS3001 at its line and column).</exception>
    /// <exception cref="SampleRefusedException">The target cannot send this request exactly (HS3008, HS3009): no sample.</exception>
    public string Render(SnippetTarget target, OperationModel model, ApiFacts api)
    {
        var template = Pack.GetTemplate(target);
        var state = States.Value!;
        var globals = state.Globals;
        globals.SetValue("api", TemplateModel.For(api), readOnly: true);
        globals.SetValue("operation", TemplateModel.For(model.Operation), readOnly: true);
        globals.SetValue("request", TemplateModel.For(model.Request), readOnly: true);
        globals.SetValue("response", TemplateModel.For(model.Response), readOnly: true);
        globals.SetValue("target", TemplateModel.For(target), readOnly: true);
        globals.SetValue("csharp_client", model.CSharp is { } client ? TemplateModel.For(client) : new ClientGapObject(model.ClientGap!), readOnly: true);
        state.Context.PushGlobal(globals);
        try
        {
            return Normalize(template.Render(state.Context));
        }
        catch (ScriptRuntimeException e) when (e.InnerException is SampleRefusedException refused)
        {
            States.Value = new RenderState();
            var span = refused.Span == default ? model.Source?.Body?.Span ?? model.Source?.IdSpan ?? default : refused.Span;
            throw new SampleRefusedException(refused.Id, target.Id + ": " + refused.Message, span);
        }
        catch (ScriptRuntimeException e)
        {
            // The context may hold a half-finished output and scopes: start the next render from a clean one.
            States.Value = new RenderState();
            var path = Pack.Find(target)!.Path;
            throw new TemplateException(new[] { TemplateDiagnostics.Create(path, e.Span, e.OriginalMessage) }.ToEquatableArray());
        }
        finally
        {
            if (ReferenceEquals(state, States.Value))
            {
                state.Context.PopGlobal();
                // Whatever the template assigned goes with the model: the next render starts from the model alone.
                globals.Clear();
            }
        }
    }

    /// <summary>
    /// A thread's context, and the object that holds one render's globals and the template's own variables; both are
    /// reused, because building them costs several times a small render.
    /// </summary>
    private sealed class RenderState
    {
        public TemplateContext Context { get; } = CreateContext();

        public ScriptObject Globals { get; } = new();
    }

    private static TemplateContext CreateContext()
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedTargetAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(TemplateFunctions.Instance);
        return context;
    }

    /// <summary>Line ends <see cref="string.ReplaceLineEndings(string)"/> rewrites; CR covers CRLF.</summary>
    private static readonly SearchValues<char> ForeignLineEnds = SearchValues.Create("\r\f\u0085\u2028\u2029");

    /// <summary>
    /// LF line ends and exactly one final newline. Most samples already are: they are returned as they are, sparing
    /// the two copies of the sample that rewriting costs.
    /// </summary>
    private static string Normalize(string text)
    {
        if (text.AsSpan().ContainsAny(ForeignLineEnds))
        {
            text = text.ReplaceLineEndings("\n");
        }

        return text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal) ? text : text.TrimEnd('\n') + "\n";
    }
}
