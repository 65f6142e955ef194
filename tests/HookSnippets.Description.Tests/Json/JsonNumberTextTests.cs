using HookSnippets.Description.Json;

namespace HookSnippets.Description.Tests.Json;

public class JsonNumberTextTests
{
    [Theory]
    [InlineData("3", true, true)]
    [InlineData("-3", true, true)]
    [InlineData("0", true, true)]
    [InlineData("-0", true, true)]
    [InlineData("123456789012345678901234567890", true, true)]
    [InlineData("3.0", true, false)]
    [InlineData("0.0", true, false)]
    [InlineData("3e2", true, false)]
    [InlineData("3E+2", true, false)]
    [InlineData("300e-2", true, false)]
    [InlineData("1e99999999999999", true, false)]
    [InlineData("3.5", false, false)]
    [InlineData("1e-1", false, false)]
    [InlineData("1e-99999999999999", false, false)]
    public void Integral_value_and_integer_spelling_are_different_questions(string text, bool integralValue, bool integerLiteral)
    {
        Assert.Equal(integralValue, JsonNumberText.HasIntegralValue(text));
        Assert.Equal(integerLiteral, JsonNumberText.IsIntegerLiteral(text));
    }

    [Theory]
    [InlineData("-0", true)]
    [InlineData("-0.0", true)]
    [InlineData("-0e5", true)]
    [InlineData("-0.00E-7", true)]
    [InlineData("0", false)]
    [InlineData("0.0", false)]
    [InlineData("-0.1", false)]
    [InlineData("-1", false)]
    [InlineData("-10e-1", false)]
    public void Negative_zero_is_a_zero_written_with_a_minus_sign(string text, bool negativeZero) =>
        Assert.Equal(negativeZero, JsonNumberText.IsNegativeZero(text));

    [Theory]
    [InlineData("9007199254740991", true)]
    [InlineData("-9007199254740991", true)]
    [InlineData("0", true)]
    [InlineData("9007199254740992", false)]
    [InlineData("-9007199254740993", false)]
    [InlineData("123456789012345678901234567890", false)]
    [InlineData("1.0", false)]
    [InlineData("1e3", false)]
    public void Safe_integers_are_integer_literals_within_2_to_the_53(string text, bool safe) =>
        Assert.Equal(safe, JsonNumberText.IsSafeInteger(text));

    [Theory]
    [InlineData("0.1", true)]
    [InlineData("1.5e-8", true)]
    [InlineData("1E+300", true)]
    [InlineData("1.7976931348623157E+308", true)]
    [InlineData("5e-324", true)]
    [InlineData("-0.0", true)]
    [InlineData("0.0", true)]
    [InlineData("1.50", true)]
    [InlineData("9007199254740993", false)]
    [InlineData("0.30000000000000001", false)]
    [InlineData("3.141592653589793238462643383279", false)]
    [InlineData("1e400", false)]
    [InlineData("-1e400", false)]
    [InlineData("1e-400", false)]
    [InlineData("0e1500000000", false)]
    [InlineData("0e99999999999999", false)]
    public void A_double_keeps_a_lexeme_when_its_shortest_form_has_the_same_value(string text, bool survives) =>
        Assert.Equal(survives, JsonNumberText.SurvivesDouble(text));

    [Fact]
    public void Bounds_read_as_the_nearest_double_and_print_as_written()
    {
        Assert.Equal(double.PositiveInfinity, JsonNumberText.ToDouble("1e400"));
        Assert.Equal(double.NegativeInfinity, JsonNumberText.ToDouble("-1e400"));
        Assert.Equal(0.5, JsonNumberText.ToDouble("5e-1"));
        Assert.Equal("0.5", JsonNumberText.Format(0.5));
        Assert.Equal("100", JsonNumberText.Format(1e2));
    }
}
