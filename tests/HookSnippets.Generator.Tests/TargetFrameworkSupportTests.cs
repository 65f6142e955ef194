using HookSnippets.Generator.Pipeline;

namespace HookSnippets.Generator.Tests;

public sealed class TargetFrameworkSupportTests
{
    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("netstandard2.1")]
    [InlineData("net48")]
    [InlineData("net472")]
    [InlineData("netcoreapp3.1")]
    [InlineData("net5.0")]
    [InlineData("net6.0-windows")]
    [InlineData("net7.0")]
    public void Targets_older_than_net8_are_not_supported(string targetFramework)
    {
        Assert.False(TargetFrameworkSupport.IsSupported(targetFramework));
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net9.0")]
    [InlineData("net10.0")]
    [InlineData("NET10.0")]
    [InlineData("net10.0-windows10.0.19041.0")]
    [InlineData(null)]
    public void Net8_and_later_or_an_unknown_target_are_supported(string? targetFramework)
    {
        Assert.True(TargetFrameworkSupport.IsSupported(targetFramework));
    }
}
