package tw.vendorrisk.system;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.scripting.engine.CamundaScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Script engines limited to what the models need, which is none: every condition, listener and
 * decision is a JUEL expression, a delegate or FEEL. Camunda has no switch to turn scripting off, so
 * <ul>
 * <li>the engine resolves a script engine only for a language in {@code app.security.script-languages}
 * (empty by default) and refuses any other, in processes and in DMN tables alike;</li>
 * <li>a deployment whose BPMN or DMN uses a script in another language is refused when it is
 * deployed, with the element and the language named, so no script reaches the engine.</li>
 * </ul>
 */
@Component
class ScriptPolicy extends AbstractProcessEnginePlugin {

    static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";

    /** DMN expression languages that are not scripts: FEEL in every DMN version's spelling, and JUEL. */
    static final Set<String> DMN_EXPRESSION_LANGUAGES = Set.of(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15,
            DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE).stream()
            .map(language -> language.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private final Set<String> allowed;

    ScriptPolicy(SecurityProperties properties) {
        this.allowed = properties.scriptLanguages().stream().map(language -> language.strip().toLowerCase(Locale.ROOT))
                .filter(language -> !language.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setScriptEngineResolver(new AllowedLanguages(
                new DefaultScriptEngineResolver(new CamundaScriptEngineManager()), allowed));
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(new ScriptCheck(allowed));
        configuration.setCustomPreDeployers(preDeployers);
    }

    static ProcessEngineException notAllowed(String language, String where, Set<String> allowed) {
        return new ProcessEngineException("Script language '" + language + "'" + where + " is not allowed. Vendor Risk"
                + " runs no scripts: use a delegate or an expression (allowed script languages: "
                + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + "; setting app.security.script-languages).");
    }

    /** Resolves script engines for the allowed languages only. */
    static final class AllowedLanguages implements ScriptEngineResolver {

        private final ScriptEngineResolver delegate;
        private final Set<String> allowed;

        AllowedLanguages(ScriptEngineResolver delegate, Set<String> allowed) {
            this.delegate = delegate;
            this.allowed = allowed;
        }

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            delegate.addScriptEngineFactory(factory);
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return delegate.getScriptEngineManager();
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            String name = language == null ? "" : language.toLowerCase(Locale.ROOT);
            if (!allowed.contains(name)) {
                throw notAllowed(String.valueOf(language), "", allowed);
            }
            return delegate.getScriptEngine(language, resolveFromCache);
        }
    }

    /** Refuses a deployment whose BPMN or DMN contains a script in a language that is not allowed. */
    static final class ScriptCheck implements Deployer {

        private final Set<String> allowed;

        ScriptCheck(Set<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void deploy(DeploymentEntity deployment) {
            if (deployment.getResources() == null) {
                return;
            }
            for (ResourceEntity resource : deployment.getResources().values()) {
                String name = resource.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                    checkBpmn(resource.getName(), parse(resource));
                } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                    checkDmn(resource.getName(), parse(resource));
                }
            }
        }

        private void checkBpmn(String resourceName, Document model) {
            NodeList elements = model.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String localName = element.getLocalName();
                String language = null;
                if ("scriptTask".equals(localName)) {
                    language = element.getAttribute("scriptFormat");
                } else if ("script".equals(localName) && CAMUNDA_BPMN_NS.equals(element.getNamespaceURI())) {
                    language = element.getAttribute("scriptFormat");
                } else if (("conditionExpression".equals(localName) || "condition".equals(localName))
                        && element.hasAttribute("language")) {
                    language = element.getAttribute("language");
                } else {
                    continue;
                }
                refuseUnlessAllowed(language, resourceName, element);
            }
        }

        private void checkDmn(String resourceName, Document model) {
            NodeList elements = model.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("expressionLanguage")) {
                    String language = element.getAttribute("expressionLanguage").strip();
                    if (!language.isEmpty() && !DMN_EXPRESSION_LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
                        refuseUnlessAllowed(language, resourceName, element);
                    }
                }
            }
        }

        private void refuseUnlessAllowed(String language, String resourceName, Element element) {
            String name = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !allowed.contains(name)) {
                String id = element.getAttribute("id");
                Element owner = element;
                while (id.isEmpty() && owner.getParentNode() instanceof Element parent) {
                    owner = parent;
                    id = owner.getAttribute("id");
                }
                throw notAllowed(name.isEmpty() ? "(none given)" : language,
                        " in " + resourceName + (id.isEmpty() ? "" : " (element " + id + ")"), allowed);
            }
        }

        private static Document parse(ResourceEntity resource) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setXIncludeAware(false);
                factory.setExpandEntityReferences(false);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(resource.getBytes()));
            } catch (Exception e) {
                // not well-formed: the engine's own parser refuses it with its own message
                return emptyDocument();
            }
        }

        private static Document emptyDocument() {
            try {
                return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
