using System.Xml.Linq;
using Reports.Scoring;

namespace Reports.Tests.Scoring;

/// <summary>The coded rules are the contract's, in its order, and each one's documentation quotes its code.</summary>
public sealed class ContractRulesTests
{
    [Fact]
    public void Should_list_the_contracts_No_Go_codes_in_order()
    {
        Assert.Equal(
            ["open-sev1", "open-redteam-p0p1", "slo-consecutive-miss", "smoke-e2e-failing"],
            ContractRules.NoGo.Select(r => r.Code));
    }

    [Fact]
    public void Should_list_the_contracts_freeze_trigger_codes_in_order()
    {
        Assert.Equal(
            ["total-below-freeze", "category-below-freeze", "open-sev1", "open-p0"],
            ContractRules.FreezeTriggers.Select(r => r.Code));
    }

    [Fact]
    public void Should_quote_each_rules_code_in_its_summary()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(ContractRules).Assembly.Location, ".xml"));

        foreach (var rule in ContractRules.NoGo.Concat(ContractRules.FreezeTriggers).Distinct())
        {
            var member = docs.Descendants("member").Single(m => (string?)m.Attribute("name") == $"T:{rule.GetType().FullName}");
            Assert.Contains($"<c>{rule.Code}</c>", member.Element("summary")!.ToString(), StringComparison.Ordinal);
        }
    }
}
