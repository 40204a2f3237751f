package com.lcnews.trends.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import com.lcnews.trends.batch.BatchProgress;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.labelling.LabellingService;
import com.lcnews.trends.modelops.ModelOpsService;
import com.lcnews.trends.modelops.TrainingProgress;
import com.lcnews.trends.shared.security.CurrentUser;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.shared.ui.EmptyState;
import com.lcnews.trends.shared.ui.MainLayout;
import com.lcnews.trends.vectors.EmbeddingProgress;

/** Models and labels for data scientists: reports, retraining, impact preview, promotion, labelling queue. */
@Route(value = "models", layout = MainLayout.class)
@RolesAllowed({ Roles.ADMIN, Roles.SCIENTIST })
public class ModelsView extends VerticalLayout implements HasDynamicTitle {

	static final int POLL_MILLIS = 1000;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelsView.class);

	final Grid<ModelMetadata> models = new Grid<>();

	final ModelReportPanel report;

	final ImpactPanel impact;

	final LabellingPanel labelling;

	final ModelComparePanel compare;

	final TabSheet tabs = new TabSheet();

	final Button retrain = new Button();

	final Button promote = new Button();

	/** The open "promote?" question, if any. */
	ConfirmDialog promotion;

	final Button reclassify = new Button();

	final ProgressBar trainingBar = new ProgressBar();

	final Span trainingText = new Span();

	final ProgressBar batchBar = new ProgressBar();

	final Span batchText = new Span();

	final ProgressBar embeddingBar = new ProgressBar();

	final Span embeddingText = new Span();

	private final HorizontalLayout embeddingLine = new HorizontalLayout();

	private final ModelOpsService ops;

	private com.vaadin.flow.shared.Registration polling;

	public ModelsView(ModelOpsService ops, LabellingService labellingService, Names names, ArticleDialogFactory dialogs) {
		this.ops = ops;
		this.report = new ModelReportPanel(names);
		this.impact = new ImpactPanel(ops, names, dialogs);
		this.labelling = new LabellingPanel(labellingService, names);
		this.compare = new ModelComparePanel(names);
		setWidthFull();
		if (ops.models().isEmpty()) {
			add(new EmptyState(getTranslation("models.empty.title"), getTranslation("models.empty.text"),
					getTranslation("models.empty.command")));
			return;
		}
		configureGrid();
		configureActions();
		VerticalLayout modelsTab = new VerticalLayout(actions(), models, report);
		modelsTab.setPadding(false);

		tabs.add(getTranslation("models.tab.models"), modelsTab);
		tabs.add(getTranslation("models.tab.compare"), compare);
		tabs.add(getTranslation("models.tab.impact"), impact);
		tabs.add(getTranslation("models.tab.labelling"), labelling);
		tabs.addSelectedChangeListener(e -> {
			if (e.getSelectedTab().getLabel().equals(getTranslation("models.tab.labelling"))) {
				labelling.reload();
			}
		});
		tabs.setWidthFull();
		add(tabs);
		refresh();
	}

	private void configureGrid() {
		models.setId("model-grid");
		models.addColumn(m -> m.version() + (m.version().equals(ops.promotedVersion().orElse("")) ? " ★" : ""))
			.setHeader(getTranslation("models.version")).setAutoWidth(true);
		models.addColumn(m -> ArticleDialog.TIME.format(m.createdAt())).setHeader(getTranslation("models.created"))
			.setAutoWidth(true);
		models.addColumn(m -> Recipes.describe(m, this::getTranslation)).setHeader(getTranslation("models.recipe"))
			.setFlexGrow(2);
		models.addColumn(m -> m.trainingData() == null ? m.evaluation().size() : m.trainingData().size())
			.setHeader(getTranslation("models.size"));
		models.addColumn(m -> score(m, m.evaluation().accuracy())).setHeader(getTranslation("models.accuracy"));
		models.addColumn(m -> score(m, m.evaluation().macroF1())).setHeader(getTranslation("models.macroF1"));
		models.setAllRowsVisible(true);
		models.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(m -> {
			report.show(m);
			String promoted = ops.promotedVersion().orElse(null);
			impact.setCandidates(ops.models().stream().map(ModelMetadata::version).toList(),
					m.version().equals(promoted) ? ops.newestCandidate().map(ModelMetadata::version).orElse(m.version())
							: m.version(), promoted);
		}));
	}

	private void configureActions() {
		retrain.setText(getTranslation("models.retrain"));
		retrain.addClickListener(e -> {
			try {
				ops.startRetraining(CurrentUser.name().orElseThrow());
			}
			catch (IllegalStateException ex) {
				Notification.show(getTranslation("models.error.trainingRunning"));
			}
			updateProgress();
		});
		promote.setText(getTranslation("models.promote"));
		promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		promote.addClickListener(e -> models.getSelectedItems().stream().findFirst().ifPresent(this::confirmPromotion));
		reclassify.setText(getTranslation("models.reclassify"));
		reclassify.addClickListener(e -> {
			try {
				ops.reclassify(CurrentUser.name().orElseThrow());
			}
			catch (RuntimeException ex) {
				log.warn("Re-classification refused: {}", ex.getMessage());
				Notification.show(getTranslation("models.error.batchRunning"));
			}
			updateProgress();
		});
		trainingBar.setWidth("min(14em, 28vw)");
		batchBar.setWidth("min(14em, 28vw)");
		embeddingBar.setWidth("min(14em, 28vw)");
	}

	private VerticalLayout actions() {
		HorizontalLayout buttons = new HorizontalLayout(retrain, promote, reclassify);
		buttons.setWrap(true);
		HorizontalLayout training = new HorizontalLayout(new Span(getTranslation("models.training")), trainingBar, trainingText);
		HorizontalLayout batch = new HorizontalLayout(new Span(getTranslation("models.batch")), batchBar, batchText);
		training.setAlignItems(FlexComponent.Alignment.CENTER);
		batch.setAlignItems(FlexComponent.Alignment.CENTER);
		training.addClassName("progress-line");
		batch.addClassName("progress-line");
		embeddingLine.add(new Span(getTranslation("models.embedding")), embeddingBar, embeddingText);
		embeddingLine.setAlignItems(FlexComponent.Alignment.CENTER);
		embeddingLine.addClassName("progress-line");
		embeddingLine.setId("embedding-progress");
		VerticalLayout box = new VerticalLayout(buttons, training, embeddingLine, batch);
		box.setPadding(false);
		return box;
	}

	/**
	 * Promoting changes every chart (all articles are classified again), so it asks first, naming the model in use and
	 * the one that would replace it.
	 */
	void confirmPromotion(ModelMetadata m) {
		String current = ops.promotedVersion().orElse("—");
		if (m.version().equals(current)) {
			Notification.show(getTranslation("models.promote.already", m.version()));
			return;
		}
		promotion = new ConfirmDialog(getTranslation("models.promote.confirm.title", m.version()),
				getTranslation("models.promote.confirm.text", m.version(), current), getTranslation("models.promote"),
				e -> promote(m));
		promotion.setCancelable(true);
		promotion.setCancelText(getTranslation("accounts.cancel"));
		promotion.open();
	}

	private void promote(ModelMetadata m) {
		try {
			ops.promote(m.version(), CurrentUser.name().orElseThrow());
			Notification.show(getTranslation("models.promoted", m.version()));
		}
		catch (IllegalStateException ex) {
			Notification.show(getTranslation("models.error.batchRunning"));
		}
		catch (RuntimeException ex) {
			log.error("Promotion of {} failed", m.version(), ex);
			Notification.show(getTranslation("models.error.promote", m.version()));
		}
		refresh();
	}

	private void refresh() {
		List<ModelMetadata> all = ops.models();
		models.setItems(all);
		String promoted = ops.promotedVersion().orElse(null);
		compare.setModels(all, promoted, ops.newestCandidate().map(ModelMetadata::version).orElse(null));
		all.stream().filter(m -> m.version().equals(promoted)).findFirst().or(() -> all.stream().findFirst())
			.ifPresent(models::select);
		updateProgress();
	}

	void updateProgress() {
		TrainingProgress t = ops.trainingProgress();
		boolean running = t.state() == TrainingProgress.State.RUNNING;
		trainingBar.setIndeterminate(running && t.expected() == null);
		trainingBar.setValue(t.fraction());
		trainingText.setText(TrainingTexts.describe(t, this::getTranslation, Formats.chinese(getLocale())));
		retrain.setEnabled(t.state() != TrainingProgress.State.RUNNING);
		BatchProgress b = ops.batchProgress();
		boolean classifying = b.state() == BatchProgress.State.RUNNING;
		promote.setEnabled(!classifying);
		reclassify.setEnabled(!classifying);
		batchBar.setValue(b.fraction());
		batchText.setText(progressLine(b.state().name(), b.done(), b.total(), b.articlesPerSecond(), b.timeLeft())
				// the state says "completed" already; a failure's reason is in the server log (the job's text is English)
				+ (b.state() != BatchProgress.State.FAILED ? "" : " · " + getTranslation("models.batchFailed")));
		EmbeddingProgress e = ops.embeddingProgress();
		// shown once the step ran in this process: before classifying, every article gets its sentence vector once
		embeddingLine.setVisible(e.state() != EmbeddingProgress.State.IDLE);
		embeddingBar.setValue(e.fraction());
		embeddingText.setText(e.state() == EmbeddingProgress.State.COMPLETED && e.total() == 0
				? getTranslation("models.embedding.nothing")
				: progressLine(e.state().name(), e.done(), e.total(), e.articlesPerSecond(), e.timeLeft()));
		if (t.state() == TrainingProgress.State.COMPLETED && models.getListDataView().getItems()
			.noneMatch(m -> m.version().equals(t.version()))) {
			models.setItems(ops.models());
		}
	}

	/** "运行中 · 120/300 篇 · 40 篇/秒 · 剩余 5 秒": one line of a step's progress (embedding, classification). */
	private String progressLine(String state, long done, long total, double perSecond, java.time.Duration left) {
		return getTranslation("models.batchProgress", getTranslation("state." + state.toLowerCase(java.util.Locale.ROOT)),
				done, total, Math.round(perSecond), left == null ? "—" : TrainingTexts.seconds(left, this::getTranslation));
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().setPollInterval(POLL_MILLIS);
		polling = event.getUI().addPollListener(e -> updateProgress());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (polling != null) {
			polling.remove();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.models") + " · " + getTranslation("app.title");
	}

	/** A score of the model's report, or "not scored" for a model scored on no labels (a zero-shot model in a store without labels). */
	private String score(ModelMetadata m, double value) {
		return m.evaluation().size() == 0 ? getTranslation("models.notScored") : ModelReportPanel.pct(value);
	}

}
