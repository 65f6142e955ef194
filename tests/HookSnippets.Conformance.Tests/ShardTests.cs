using HookSnippets.Verification.Runs;

namespace HookSnippets.Conformance.Tests;

/// <summary><c>--shard K/N</c>: parts cover the operations once, balance their cost, and barely move when one is added.</summary>
public sealed class ShardTests
{
    private static readonly string[] Operations = [.. Enumerable.Range(0, 451).Select(i => $"group{i % 37}.operation{i}")];

    private static string[][] Parts(IReadOnlyList<string> operations, int count, Func<string, double>? cost = null) =>
        [.. Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(operations, o => o, cost ?? (_ => 13)).ToArray())];

    [Fact]
    public void The_parts_hold_every_operation_once_in_the_descriptions_order()
    {
        var parts = Parts(Operations, 4);
        Assert.Equal(Operations.Order(StringComparer.Ordinal), parts.SelectMany(p => p).Order(StringComparer.Ordinal));
        Assert.All(parts, part => Assert.Equal(Operations.Where(part.Contains), part));
    }

    [Fact]
    public void Equal_costs_give_parts_of_equal_size_and_unequal_costs_parts_of_equal_cost()
    {
        Assert.True(Parts(Operations, 4).Select(p => p.Length).Max() - Parts(Operations, 4).Select(p => p.Length).Min() <= 1);

        // Operations whose samples all passed in a baseline cost nothing: the others are spread evenly.
        double Cost(string operation) => operation.EndsWith('7') ? 10 : 0;
        var costs = Parts(Operations, 4, Cost).Select(p => p.Sum(Cost)).ToArray();
        Assert.True(costs.Max() - costs.Min() <= 10, string.Join(", ", costs));
    }

    [Fact]
    public void An_added_operation_moves_at_most_one_other_across_each_cut()
    {
        var before = Parts(Operations, 4);
        var after = Parts([.. Operations, "added.operation"], 4);
        var moved = Operations.Count(o => Array.FindIndex(before, p => p.Contains(o)) != Array.FindIndex(after, p => p.Contains(o)));
        Assert.True(moved <= 3, $"{moved} operations changed part");
    }

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData("1/1", 1, 1)]
    public void K_of_N_is_parsed(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    public void Anything_else_is_refused(string text) => Assert.Throws<FormatException>(() => Shard.Parse(text));
}
