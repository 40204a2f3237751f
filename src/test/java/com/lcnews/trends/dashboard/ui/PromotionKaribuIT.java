package com.lcnews.trends.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.lcnews.trends.batch.BatchRunService;
import com.lcnews.trends.classify.ModelMetadata;
import com.lcnews.trends.classify.ModelRegistry;
import com.lcnews.trends.shared.security.Roles;
import com.lcnews.trends.testing.KaribuSupport;

/**
 * Promoting a model re-classifies every article and changes every chart, so the models page asks first: the question
 * names the model in use and the one that would replace it, and nothing changes until it is confirmed.
 */
@SpringBootTest(properties = "newstrends.bootstrap.enabled=true")
@DirtiesContext
class PromotionKaribuIT {

	private static Routes routes;

	@Autowired
	ApplicationContext context;

	@Autowired
	ModelRegistry registry;

	@Autowired
	BatchRunService batch;

	@BeforeAll
	static void discoverRoutes() {
		routes = KaribuSupport.routes();
	}

	@BeforeEach
	void setUp() {
		KaribuSupport.setUp(routes, context);
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		for (int i = 0; i < 600 && batch.isRunning(); i++) {
			Thread.sleep(100);
		}
		KaribuSupport.tearDown();
	}

	private static ModelsView openAsScientist() {
		KaribuSupport.signIn("scientist", Roles.SCIENTIST);
		UI.getCurrent().navigate(ModelsView.class);
		return _get(ModelsView.class);
	}

	@Test
	void promotingAsksFirstAndOnlyTheConfirmationPromotes() {
		ModelsView view = openAsScientist();
		String inUse = registry.promotedVersion().orElseThrow();
		ModelMetadata other = view.models.getListDataView().getItems().filter(m -> !m.version().equals(inUse))
			.findFirst().orElseThrow();

		view.models.select(other);
		_click(view.promote);

		ConfirmDialog question = view.promotion;
		assertThat(question).isNotNull();
		assertThat(question.isOpened()).isTrue();
		assertThat(registry.promotedVersion()).as("nothing promoted before the answer").contains(inUse);

		ComponentUtil.fireEvent(question, new ConfirmDialog.ConfirmEvent(question, false));

		assertThat(registry.promotedVersion()).contains(other.version());
	}

	@Test
	void theModelInUseIsNotPromotedAgain() {
		ModelsView view = openAsScientist();
		String inUse = registry.promotedVersion().orElseThrow();
		view.models.select(view.models.getListDataView().getItems().filter(m -> m.version().equals(inUse))
			.findFirst().orElseThrow());
		view.promotion = null;

		_click(view.promote);

		assertThat(view.promotion).as("no question for the model in use").isNull();
		assertThat(registry.promotedVersion()).contains(inUse);
	}

}
