using System.Collections.Generic;
using System.Threading;
using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Naming;
using HookSnippets.Generator.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Decides what one parsed description becomes: checks the target framework and the project's default namespace
/// (home of the shared runtime types), resolves the client's namespace and name (item metadata, then project
/// property, then RootNamespace / the description's name) and builds the shape.
/// </summary>
internal static class ClientResolver
{
    public static ClientResolution Resolve(ParsedDescription parsed, ProjectOptions project, CancellationToken cancellationToken) =>
        StepGuard.Run(
            parsed.Path,
            "shaping the client",
            () => ResolveUnguarded(parsed, project),
            problem => ClientResolution.Failed(Append(parsed.Diagnostics, new[] { problem })),
            cancellationToken);

    private static ClientResolution ResolveUnguarded(ParsedDescription parsed, ProjectOptions project)
    {
        var path = parsed.Path;
        if (!TargetFrameworkSupport.IsSupported(project.TargetFramework))
        {
            var unsupported = GeneratorDiagnostics.UnsupportedTargetFramework(path, project.TargetFramework!);
            return ClientResolution.Failed(Prepend(unsupported, parsed.Diagnostics));
        }

        var description = parsed.Description;
        if (description is null)
        {
            return ClientResolution.Failed(parsed.Diagnostics);
        }

        var problems = new List<DiagnosticInfo>();
        if (RuntimeNamespace.Invalid(project) is { } invalid)
        {
            // The shared runtime types every client refers to cannot be emitted, whatever this file's own namespace.
            problems.Add(GeneratorDiagnostics.InvalidNameOption(path, invalid.Option, invalid.Value, "namespace"));
            return ClientResolution.Failed(Append(parsed.Diagnostics, problems));
        }

        var @namespace = Pick(
            path,
            problems,
            IsNamespace,
            "namespace",
            ("HookSnippetsNamespace", parsed.Options.Namespace ?? project.Namespace),
            ("RootNamespace", project.RootNamespace),
            ("The description name", Identifiers.ToPascalCase(description.Name)));
        var clientName = Pick(
            path,
            problems,
            Identifiers.IsPlainIdentifier,
            "type name",
            ("HookSnippetsClientName", parsed.Options.ClientName ?? project.ClientName),
            ("The description name", Identifiers.ToPascalCase(description.Name) + "Client"));
        if (@namespace is null || clientName is null)
        {
            return ClientResolution.Failed(Append(parsed.Diagnostics, problems));
        }

        var result = ClientShapeBuilder.Build(description, path, @namespace, clientName);
        var diagnostics = Append(parsed.Diagnostics, result.Diagnostics);
        return HasError(result.Diagnostics)
            ? ClientResolution.Failed(diagnostics)
            : new ClientResolution(
                new ResolvedClient(path, result.Shape, RuntimeNamespace.Resolve(project)!, HintNames.ClientPrefix(@namespace, clientName, path, project.ProjectDir), project.DependencyInjection),
                diagnostics);
    }

    /// <summary>The first candidate that is set; when it is not a valid name, an HS2004 naming its source and nothing else is tried.</summary>
    private static string? Pick(
        string path,
        List<DiagnosticInfo> problems,
        System.Func<string, bool> isValid,
        string expected,
        params (string Source, string? Value)[] candidates)
    {
        foreach (var (source, value) in candidates)
        {
            if (value is null)
            {
                continue;
            }

            if (isValid(value))
            {
                return value;
            }

            problems.Add(GeneratorDiagnostics.InvalidNameOption(path, source, value, expected));
            return null;
        }

        return null;
    }

    internal static bool IsNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!Identifiers.IsPlainIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasError(EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static EquatableArray<DiagnosticInfo> Prepend(DiagnosticInfo first, EquatableArray<DiagnosticInfo> rest)
    {
        var all = new List<DiagnosticInfo> { first };
        all.AddRange(rest);
        return all.ToEquatableArray();
    }

    private static EquatableArray<DiagnosticInfo> Append(EquatableArray<DiagnosticInfo> first, IEnumerable<DiagnosticInfo> rest)
    {
        var all = new List<DiagnosticInfo>(first);
        all.AddRange(rest);
        return all.ToEquatableArray();
    }
}
