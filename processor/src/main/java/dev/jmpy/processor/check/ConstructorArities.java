package dev.jmpy.processor.check;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.jmpy.processor.diag.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JMPY024 and JMPY034: a Python class has one {@code __init__}, which tells a Java class's
 * constructors apart by their number of arguments; so no two constructors may take as many, a
 * record has one, and a varargs constructor stands alone.
 */
final class ConstructorArities implements Check {
  @Override
  public void run(CheckContext c) {
    List<TypeDeclaration> types = c.unit().declaration().findAll(TypeDeclaration.class);
    for (TypeDeclaration<?> type : types) {
      List<ConstructorDeclaration> all = type.getConstructors();
      Set<Integer> arities = new HashSet<>();
      for (ConstructorDeclaration constructor : all) {
        if (!arities.add(constructor.getParameters().size())) {
          c.report(constructor, Message.OVERLOADED_METHOD, "the constructor");
        }
        if (all.size() > 1 && constructor.getParameters().stream().anyMatch(Parameter::isVarArgs)) {
          c.report(constructor, Message.VARARGS_CONSTRUCTOR);
        }
      }
      if (all.size() > 1 && type instanceof RecordDeclaration) {
        c.report(all.get(1), Message.OVERLOADED_METHOD, "the record constructor");
      }
    }
  }
}
