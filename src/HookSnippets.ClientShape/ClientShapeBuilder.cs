using System;
using System.Collections.Generic;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using HookSnippets.Description.Text;

namespace HookSnippets.ClientShape;

/// <summary>Shapes a validated description into the C# shape of its client (names, argument order, types); the steps are listed in ShapingSteps.cs.</summary>
public static class ClientShapeBuilder
{
    public static ClientShapeResult Build(ApiDescription description, string filePath, string @namespace, string clientName)
    {
        var context = new ShapeContext(description, filePath, clientName);
        var declared = TypeResolver.Declare(context);
        // Options members have a scope of their own; shaped here so their HS2104 warnings come in this order, and
        // before the methods, which refer to the credentials they send.
        var optionNames = new UniqueNames(RuntimeNames.OptionMembers);
        var variables = ShapeVariables(context, optionNames);
        context.Credentials = CredentialShapes.Build(context, optionNames);
        var grouped = GroupBuilder.Build(context, declared);
        var completed = TypeResolver.Complete(grouped);
        var reached = TypeUsages.Reached(ResponseTypes.WithLenientResponses(completed));
        var merged = StructuralDuplicates.Merge(reached);
        var types = TypeUsages.Mark(merged);

        var shape = new CSharpClientShape(
            @namespace,
            clientName,
            context.OptionsName,
            description.Title,
            description.Description,
            description.BaseUrl,
            variables,
            context.Credentials,
            merged.Groups,
            types);
        return new ClientShapeResult(shape, context.Diagnostics.ToEquatableArray());
    }

    private static EquatableArray<BaseUrlVariableShape> ShapeVariables(ShapeContext context, UniqueNames names)
    {
        var variables = new List<BaseUrlVariableShape>();
        foreach (var variable in context.Description.Variables)
        {
            var property = context.Take(names, Identifiers.ToPascalCase(variable.Name), variable.Span);
            variables.Add(new BaseUrlVariableShape(variable.Name, property, variable.Default, variable.Example, variable.Description));
        }

        return variables.ToEquatableArray();
    }
}

/// <summary>The client's shape and the diagnostics (HS21xx) met while shaping it.</summary>
public sealed record ClientShapeResult(CSharpClientShape Shape, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>State shared by the steps of one build: the description, the type-name scope and the diagnostics.</summary>
internal sealed class ShapeContext
{
    public ShapeContext(ApiDescription description, string filePath, string clientName)
    {
        Description = description;
        FilePath = filePath;
        ClientName = clientName;
        OptionsName = clientName + "Options";
        var reserved = new List<string>(RuntimeNames.SharedTypes)
        {
            clientName, OptionsName, RuntimeNames.JsonClassOf(clientName), RuntimeNames.ServiceCollectionExtensionsOf(clientName),
        };
        TypeNames = new UniqueNames(reserved.ToArray());
    }

    public ApiDescription Description { get; }

    public string FilePath { get; }

    public string ClientName { get; }

    public string OptionsName { get; }

    /// <summary>The client's credentials, one per auth scheme, in the description's order.</summary>
    public EquatableArray<CredentialShape> Credentials { get; set; } = EquatableArray<CredentialShape>.Empty;

    /// <summary>Every type name of the client's namespace: records, enums, group classes.</summary>
    public UniqueNames TypeNames { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public void Warn(string id, string message, SourceSpan span) =>
        Diagnostics.Add(new DiagnosticInfo(id, Severity.Warning, message, FilePath, span));

    /// <summary>Takes a name in <paramref name="scope"/>, reporting HS2104 when it had to be renamed.</summary>
    public string Take(UniqueNames scope, string wanted, SourceSpan span)
    {
        var name = scope.Take(wanted, out var renamed);
        if (renamed)
        {
            Warn(
                DiagnosticIds.RenamedIdentifier,
                $"the C# name '{wanted}' is already used here; this one is generated as '{name}'",
                span);
        }

        return name;
    }
}
