using System.Collections.Immutable;
using Reports.Pipeline;
using Reports.Pipeline.Modules;

namespace Reports.Tests.Pipeline;

public class ForEachDocumentTests
{
    private static readonly MetadataKey<int> Index = new("index");

    [Fact]
    public void Should_keep_input_order_when_later_documents_finish_first()
    {
        const int count = 64;
        var inputs = Enumerable.Range(0, count).Select(i => Document.Compute().With(Index, i)).ToImmutableArray();
        using var lastDone = new ManualResetEventSlim();
        var firstWaitedForLast = false;
        var module = new ForEachDocument(document =>
        {
            var index = document.Get(Index);
            if (index == 0)
            {
                // The first document cannot finish before the last one has: completion order is reversed at the ends.
                firstWaitedForLast = lastDone.Wait(TimeSpan.FromSeconds(20));
            }
            else
            {
                // Seeded per document: reproducible, yet finishing out of order.
                Thread.Sleep(new Random(index).Next(0, 4));
            }

            if (index == count - 1)
            {
                lastDone.Set();
            }

            return document.WithText(index.ToString());
        });

        var outputs = module.Execute(inputs, Contexts.Standalone());

        Assert.True(firstWaitedForLast);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString()), outputs.Select(d => d.Content.AsText()));
    }

    [Fact]
    public void Should_rethrow_the_transform_exception_itself()
    {
        var module = new ForEachDocument(_ => throw new FormatException("bad"));

        Assert.Throws<FormatException>(() => module.Execute([Document.Compute()], Contexts.Standalone()));
    }
}
