using Reports.Pipeline;

namespace Reports.Tests.Pipeline;

internal static class Contexts
{
    public static PipelineContext Standalone(OverlayFileSystem? files = null, DiagnosticSink? sink = null) =>
        new("test", PipelinePhase.Process, files ?? OverlayFileSystem.Empty, sink ?? new DiagnosticSink());
}
