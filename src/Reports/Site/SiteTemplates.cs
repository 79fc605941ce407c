using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Site.Models;

namespace Reports.Site;

/// <summary>
/// The theme's templates (with input/ overrides) parsed once per build, with every view-model type the pages
/// use allowed, and nothing else: templates can read the site's models, never arbitrary objects.
/// </summary>
public static class SiteTemplates
{
    public static TemplateSet Load(OverlayFileSystem files) => TemplateSet.CreateBuilder()
        .Allow<PageView>()
        .Allow<SiteModel>()
        .Allow<NavLink>()
        .Allow<PageModel>()
        .Allow<StatusChip>()
        .Allow<CategoryRow>()
        .Allow<TraceRow>()
        .Allow<ConditionRow>()
        .Allow<GateRow>()
        .Allow<IncidentRow>()
        .Allow<FindingRow>()
        .Allow<ChartView>()
        .Allow<ChartVariant>()
        .Allow<WeekLink>()
        .Allow<UpliftView>()
        .Allow<WeekReportModel>()
        .Allow<HomeModel>()
        .Allow<WeeksIndexModel>()
        .Allow<TrendsModel>()
        .Allow<GateMatrixRow>()
        .Allow<GateDefinitionView>()
        .Allow<GatesModel>()
        .Allow<IncidentsModel>()
        .Allow<FindingsModel>()
        .Allow<PillarModel>()
        .Allow<PillarSloRow>()
        .Allow<PillarLink>()
        .Allow<PillarsModel>()
        .Allow<Pager>()
        .Allow<PagerLink>()
        .Allow<RubricRow>()
        .Allow<ThresholdRow>()
        .Allow<PhaseView>()
        .Allow<MethodologyModel>()
        .Allow<ContentPageModel>()
        .Allow<CitationView>()
        .Allow<ArchivedWeekView>()
        .Allow<ArchiveRow>()
        .Allow<ArchiveModel>()
        .Allow<ChecklistView>()
        .Allow<ChecklistQuestionView>()
        .Allow<ChecklistItemView>()
        .Allow<ChecklistRefView>()
        .Allow<OutlookView>()
        .Allow<SloRow>()
        .Allow<SlosModel>()
        .Allow<CiCheckRow>()
        .Allow<CiRunRow>()
        .Allow<EventRow>()
        .Allow<CadenceRow>()
        .Allow<CiModel>()
        .Allow<EvidenceGateRow>()
        .Allow<WeekEvidenceView>()
        .Allow<TableLink>()
        .Build(files);
}
