using System;
using System.Threading;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Runs a pipeline step so that an unexpected exception becomes an HS2002 diagnostic on the file being processed
/// instead of CS8785 (which drops every generated source and points nowhere). Cancellation still propagates.
/// </summary>
internal static class StepGuard
{
    public static T Run<T>(
        string path,
        string step,
        Func<T> body,
        Func<DiagnosticInfo, T> onFailure,
        CancellationToken cancellationToken)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return onFailure(GeneratorDiagnostics.InternalError(path, step, exception));
        }
    }
}
