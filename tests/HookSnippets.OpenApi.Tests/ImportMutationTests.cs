using HookSnippets.Description;
using HookSnippets.Tests.Shared;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// Mutants of OpenAPI files (characters or tokens deleted, duplicated, swapped), in JSON and YAML, one file and
/// several: an import never throws, a failed one says why with located errors, and what it writes validates.
/// </summary>
public sealed class ImportMutationTests
{
    private const int Mutants = 1500;

    [Theory]
    [InlineData("corpus/redocly-museum.yaml")]
    [InlineData("auth0/auth0-hooks-openapi.json")]
    [InlineData("made/multi-file/openapi.yaml")]
    [InlineData("made/swagger2-shop.json")]
    [InlineData("made/discriminated-oneof.json")]
    [InlineData("made/nulls.yaml")]
    public void Mutants_never_throw_and_what_they_write_validates(string file)
    {
        var path = TestFiles.OpenApi(file);
        var problems = new List<string>();
        int written = 0, failed = 0;
        foreach (var mutant in MutationCorpus.Generate(File.ReadAllText(path), Mutants))
        {
            ImportResult result;
            try
            {
                // The mutant stands in for the file, so the files its $refs name are read beside it as usual.
                result = OpenApiImporter.Import(mutant.Text, path, ImportOptions.All);
            }
            catch (Exception exception)
            {
                problems.Add($"{mutant.Recipe}: threw {exception}");
                continue;
            }

            if (result.Succeeded)
            {
                written++;
                var errors = DescriptionReader.Read(result.EndpointsJson!, "endpoints.json").Diagnostics.Where(d => d.Severity == Description.Diagnostics.Severity.Error).ToList();
                if (errors.Count > 0)
                {
                    problems.Add($"{mutant.Recipe}: wrote a description with {errors[0]}");
                }
            }
            else
            {
                failed++;
                if (result.Errors.Count == 0 || result.Errors.Any(e => string.IsNullOrEmpty(e.FilePath) || e.Span.StartLine < 0))
                {
                    problems.Add($"{mutant.Recipe}: failed without a located error");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.True(written > 0 && failed > 0, $"{written} written, {failed} failed: the mutants should reach both outcomes");
    }
}
