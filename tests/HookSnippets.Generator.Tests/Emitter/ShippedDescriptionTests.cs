using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Generator.Emitter;

namespace HookSnippets.Generator.Tests.Emitter;

/// <summary>The repository's endpoints.json through the builder, the emitter and the compiler.</summary>
public sealed class ShippedDescriptionTests
{
    private static readonly Lazy<ClientShapeResult> Result = new(() =>
    {
        var path = Path.Combine(RepositoryRoot(), "endpoints.json");
        var read = DescriptionReader.Read(File.ReadAllText(path), "endpoints.json");
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return ClientShapeBuilder.Build(read.Description!, "endpoints.json", "Contoso.Auth0", "Auth0ManagementClient");
    });

    [Fact]
    public void BuildsWithoutDiagnostics() => Assert.Empty(Result.Value.Diagnostics);

    [Fact]
    public void CompilesWithoutWarnings() =>
        EmittedCompilation.AssertClean(EmittedCompilation.Compile(ClientEmitter.Emit(Result.Value.Shape).Concat(ClientEmitter.EmitShared("Contoso.Auth0"))));

    [Fact]
    public void HasTheDocumentedSurface()
    {
        var shape = Result.Value.Shape;
        var signatures = shape.Groups.SelectMany(g => g.Operations.Select(o =>
            string.Join(".", g.Path) + "." + o.MethodName + "(" + string.Join(", ", o.Parameters.Select(p => p.ArgumentName + (p.Required ? string.Empty : "?"))) + ") -> " + (o.ResultType?.Name ?? o.ResultType?.Kind.ToString() ?? "void")));

        Assert.Equal(
            [
                "Hooks.ListAsync(page?, perPage?, includeTotals?, enabled?, fields?, triggerId?) -> HookListResponse",
                "Hooks.CreateAsync(hook) -> Hook",
                "Hooks.GetAsync(id, fields?) -> Hook",
                "Hooks.UpdateAsync(id, hook) -> Hook",
                "Hooks.DeleteAsync(id) -> void",
                "Hooks.Secrets.GetAsync(id) -> Map",
                "Hooks.Secrets.CreateAsync(id, secrets) -> void",
                "Hooks.Secrets.UpdateAsync(id, secrets) -> void",
                "Hooks.Secrets.DeleteAsync(id, names) -> void",
            ],
            signatures);
        Assert.Equal(["HooksClient", "HooksSecretsClient"], shape.Groups.Skip(1).Select(g => g.ClassName));
        Assert.Equal("Domain", Assert.Single(shape.Variables).PropertyName);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HookSnippets.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HookSnippets.sln not found above " + AppContext.BaseDirectory);
    }
}
